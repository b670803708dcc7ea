import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkup, type GoldSpan } from '../../fixtures/holdout/build.mjs';
import { parseMarkup as parseMarkup2 } from '../../fixtures/holdout2/build.mjs';
import { parseMarkup as parseMarkup3 } from '../../fixtures/holdout3/build.mjs';
import { parseMarkup as parseMarkup4 } from '../../fixtures/holdout4/build.mjs';
import { parseMarkup as parseMarkup5 } from '../../fixtures/holdout5/build.mjs';
import { parseMarkup as parseMarkup6 } from '../../fixtures/holdout6/build.mjs';
import { parseMarkup as parseMarkup7 } from '../../fixtures/holdout7/build.mjs';
import { parseMarkup as parseMarkup8 } from '../../fixtures/holdout8/build.mjs';
import { parseMarkup as parseMarkup16 } from '../../fixtures/holdout16/build.mjs';
import { parseMarkup as parseMarkup17 } from '../../fixtures/holdout17/build.mjs';
import { parseMarkup as parseMarkup18 } from '../../fixtures/holdout18/build.mjs';
import { parseMarkup as parseMarkup19 } from '../../fixtures/holdout19/build.mjs';
import { parseMarkup as parseMarkup20 } from '../../fixtures/holdout20/build.mjs';
import { parseMarkup as parseMarkup21 } from '../../fixtures/holdout21/build.mjs';
import { parseMarkup as parseMarkup22 } from '../../fixtures/holdout22/build.mjs';
import { parseMarkup as parseMarkup23 } from '../../fixtures/holdout23/build.mjs';
import { parseMarkup as parseMarkup24 } from '../../fixtures/holdout24/build.mjs';
import { parseMarkup as parseMarkup25 } from '../../fixtures/holdout25/build.mjs';
import { parseMarkup as parseMarkup26 } from '../../fixtures/holdout26/build.mjs';
import { parseMarkup as parseMarkup27 } from '../../fixtures/holdout27/build.mjs';
import { parseMarkup as parseMarkup28 } from '../../fixtures/holdout28/build.mjs';
import { parseMarkup as parseMarkup29 } from '../../fixtures/holdout29/build.mjs';
import { parseMarkup as parseMarkup30 } from '../../fixtures/holdout30/build.mjs';
import { parseMarkup as parseMarkup31 } from '../../fixtures/holdout31/build.mjs';
import { parseMarkup as parseMarkup32 } from '../../fixtures/holdout32/build.mjs';
import { parseMarkup as parseMarkup33 } from '../../fixtures/holdout33/build.mjs';
import { parseMarkup as parseMarkup34 } from '../../fixtures/holdout34/build.mjs';
import { parseMarkup as parseMarkup35 } from '../../fixtures/holdout35/build.mjs';
import { parseMarkup as parseMarkup36 } from '../../fixtures/holdout36/build.mjs';
import { parseMarkup as parseMarkup37 } from '../../fixtures/holdout37/build.mjs';
import { parseMarkup as parseMarkup38 } from '../../fixtures/holdout38/build.mjs';
import { parseMarkup as parseMarkup39 } from '../../fixtures/holdout39/build.mjs';
import { parseMarkup as parseMarkup40 } from '../../fixtures/holdout40/build.mjs';
import { parseMarkup as parseMarkup41 } from '../../fixtures/holdout41/build.mjs';
import { parseMarkup as parseMarkup42 } from '../../fixtures/holdout42/build.mjs';
import { parseMarkup as parseMarkup43 } from '../../fixtures/holdout43/build.mjs';
import { parseMarkup as parseMarkup44 } from '../../fixtures/holdout44/build.mjs';
import { parseMarkup as parseMarkup45 } from '../../fixtures/holdout45/build.mjs';
import { parseMarkup as parseMarkup46 } from '../../fixtures/holdout46/build.mjs';
import { parseMarkup as parseMarkup47 } from '../../fixtures/holdout47/build.mjs';
import { parseMarkup as parseMarkup48 } from '../../fixtures/holdout48/build.mjs';
import { parseMarkup as parseMarkup49 } from '../../fixtures/holdout49/build.mjs';
import { parseMarkup as parseMarkup50 } from '../../fixtures/holdout50/build.mjs';
import { parseMarkup as parseMarkup51 } from '../../fixtures/holdout51/build.mjs';
import { parseMarkup as parseMarkup52 } from '../../fixtures/holdout52/build.mjs';
import { parseMarkup as parseMarkup53 } from '../../fixtures/holdout53/build.mjs';
import { parseMarkup as parseMarkup54 } from '../../fixtures/holdout54/build.mjs';
import { parseMarkup as parseMarkup55 } from '../../fixtures/holdout55/build.mjs';
import { parseMarkup as parseMarkup56 } from '../../fixtures/holdout56/build.mjs';
import { parseMarkup as parseMarkup57 } from '../../fixtures/holdout57/build.mjs';
import { parseMarkup as parseMarkup58 } from '../../fixtures/holdout58/build.mjs';
import { parseMarkup as parseMarkup59 } from '../../fixtures/holdout59/build.mjs';
import { parseMarkup as parseMarkup60 } from '../../fixtures/holdout60/build.mjs';
import { parseMarkup as parseMarkup61 } from '../../fixtures/holdout61/build.mjs';
import { parseMarkup as parseMarkup62 } from '../../fixtures/holdout62/build.mjs';
import { parseMarkup as parseMarkup63 } from '../../fixtures/holdout63/build.mjs';
import { parseMarkup as parseMarkup64 } from '../../fixtures/holdout64/build.mjs';
import { parseMarkup as parseMarkup65 } from '../../fixtures/holdout65/build.mjs';
import { parseMarkup as parseMarkup66 } from '../../fixtures/holdout66/build.mjs';
import { parseMarkup as parseMarkup67 } from '../../fixtures/holdout67/build.mjs';
import { parseMarkup as parseMarkup68 } from '../../fixtures/holdout68/build.mjs';
import { parseMarkup as parseMarkup69 } from '../../fixtures/holdout69/build.mjs';
import { parseMarkup as parseMarkup70 } from '../../fixtures/holdout70/build.mjs';
import { parseMarkup as parseMarkup71 } from '../../fixtures/holdout71/build.mjs';
import { parseMarkup as parseMarkup72 } from '../../fixtures/holdout72/build.mjs';
import { parseMarkup as parseMarkup73 } from '../../fixtures/holdout73/build.mjs';
import { parseMarkup as parseMarkup74 } from '../../fixtures/holdout74/build.mjs';
import { parseMarkup as parseMarkup75 } from '../../fixtures/holdout75/build.mjs';
import { parseMarkup as parseMarkup76 } from '../../fixtures/holdout76/build.mjs';
import { parseMarkup as parseMarkup77 } from '../../fixtures/holdout77/build.mjs';
import { parseMarkup as parseMarkup78 } from '../../fixtures/holdout78/build.mjs';
import { parseMarkup as parseMarkup79 } from '../../fixtures/holdout79/build.mjs';
import { parseMarkup as parseMarkup80 } from '../../fixtures/holdout80/build.mjs';
import { parseMarkup as parseMarkup81 } from '../../fixtures/holdout81/build.mjs';
import { parseMarkup as parseMarkup82 } from '../../fixtures/holdout82/build.mjs';
import { parseMarkup as parseMarkup83 } from '../../fixtures/holdout83/build.mjs';
import { parseMarkup as parseMarkup84 } from '../../fixtures/holdout84/build.mjs';
import { parseMarkup as parseMarkup85 } from '../../fixtures/holdout85/build.mjs';
import { parseMarkup as parseMarkup86 } from '../../fixtures/holdout86/build.mjs';
import { parseMarkup as parseMarkup87 } from '../../fixtures/holdout87/build.mjs';
import { parseMarkup as parseMarkup88 } from '../../fixtures/holdout88/build.mjs';
import { parseMarkup as parseMarkup89 } from '../../fixtures/holdout89/build.mjs';
import { parseMarkup as parseMarkup90 } from '../../fixtures/holdout90/build.mjs';
import { parseMarkup as parseMarkup91 } from '../../fixtures/holdout91/build.mjs';
import { parseMarkup as parseMarkup92 } from '../../fixtures/holdout92/build.mjs';
import { parseMarkup as parseMarkup93 } from '../../fixtures/holdout93/build.mjs';
import { parseMarkup as parseMarkup94 } from '../../fixtures/holdout94/build.mjs';
import { parseMarkup as parseMarkup95 } from '../../fixtures/holdout95/build.mjs';
import { parseMarkup as parseMarkup96 } from '../../fixtures/holdout96/build.mjs';
import { parseMarkup as parseMarkup97 } from '../../fixtures/holdout97/build.mjs';
import { parseMarkup as parseMarkup98 } from '../../fixtures/holdout98/build.mjs';
import { parseMarkup as parseMarkup99 } from '../../fixtures/holdout99/build.mjs';
import { parseMarkup as parseMarkup100 } from '../../fixtures/holdout100/build.mjs';
import { parseMarkup as parseMarkup101 } from '../../fixtures/holdout101/build.mjs';
import { parseMarkup as parseMarkup102 } from '../../fixtures/holdout102/build.mjs';
import { parseMarkup as parseMarkup103 } from '../../fixtures/holdout103/build.mjs';
import { parseMarkup as parseMarkup104 } from '../../fixtures/holdout104/build.mjs';
import { parseMarkup as parseMarkup105 } from '../../fixtures/holdout105/build.mjs';
import { parseMarkup as parseMarkup106 } from '../../fixtures/holdout106/build.mjs';
import { parseMarkup as parseMarkup107 } from '../../fixtures/holdout107/build.mjs';
import { parseMarkup as parseMarkup108 } from '../../fixtures/holdout108/build.mjs';
import { parseMarkup as parseMarkup109 } from '../../fixtures/holdout109/build.mjs';
import { parseMarkup as parseMarkup110 } from '../../fixtures/holdout110/build.mjs';
import { parseMarkup as parseMarkup111 } from '../../fixtures/holdout111/build.mjs';
import { parseMarkup as parseMarkup112 } from '../../fixtures/holdout112/build.mjs';
import { parseMarkup as parseMarkup113 } from '../../fixtures/holdout113/build.mjs';
import { parseMarkup as parseMarkup114 } from '../../fixtures/holdout114/build.mjs';
import { parseMarkup as parseMarkup115 } from '../../fixtures/holdout115/build.mjs';
import { parseMarkup as parseMarkup116 } from '../../fixtures/holdout116/build.mjs';
import { parseMarkup as parseMarkup117 } from '../../fixtures/holdout117/build.mjs';
import { parseMarkup as parseMarkup118 } from '../../fixtures/holdout118/build.mjs';
import { parseMarkup as parseMarkup119 } from '../../fixtures/holdout119/build.mjs';
import { parseMarkup as parseMarkup120 } from '../../fixtures/holdout120/build.mjs';
import { parseMarkup as parseMarkup121 } from '../../fixtures/holdout121/build.mjs';
import { parseMarkup as parseMarkup122 } from '../../fixtures/holdout122/build.mjs';
import { parseMarkup as parseMarkup123 } from '../../fixtures/holdout123/build.mjs';
import { parseMarkup as parseMarkup124 } from '../../fixtures/holdout124/build.mjs';
import { parseMarkup as parseMarkup125 } from '../../fixtures/holdout125/build.mjs';
import { parseMarkup as parseMarkup126 } from '../../fixtures/holdout126/build.mjs';
import { parseMarkup as parseMarkup127 } from '../../fixtures/holdout127/build.mjs';
import { parseMarkup as parseMarkup128 } from '../../fixtures/holdout128/build.mjs';
import { parseMarkup as parseMarkup129 } from '../../fixtures/holdout129/build.mjs';
import { parseMarkup as parseMarkup130 } from '../../fixtures/holdout130/build.mjs';
import { parseMarkup as parseMarkup131 } from '../../fixtures/holdout131/build.mjs';
import { parseMarkup as parseMarkup132 } from '../../fixtures/holdout132/build.mjs';
import { parseMarkup as parseMarkup133 } from '../../fixtures/holdout133/build.mjs';
import { parseMarkup as parseMarkup134 } from '../../fixtures/holdout134/build.mjs';
import { parseMarkup as parseMarkup135 } from '../../fixtures/holdout135/build.mjs';
import { parseMarkup as parseMarkup136 } from '../../fixtures/holdout136/build.mjs';
import { parseMarkup as parseMarkup137 } from '../../fixtures/holdout137/build.mjs';
import { parseMarkup as parseMarkup138 } from '../../fixtures/holdout138/build.mjs';
import { parseMarkup as parseMarkup139 } from '../../fixtures/holdout139/build.mjs';
import { parseMarkup as parseMarkup140 } from '../../fixtures/holdout140/build.mjs';
import { parseMarkup as parseMarkup141 } from '../../fixtures/holdout141/build.mjs';
import { parseMarkup as parseMarkup142 } from '../../fixtures/holdout142/build.mjs';
import { parseMarkup as parseMarkup143 } from '../../fixtures/holdout143/build.mjs';
import { parseMarkup as parseMarkup144 } from '../../fixtures/holdout144/build.mjs';
import { parseMarkup as parseMarkup145 } from '../../fixtures/holdout145/build.mjs';
import { parseMarkup as parseMarkup146 } from '../../fixtures/holdout146/build.mjs';
import { parseMarkup as parseMarkup147 } from '../../fixtures/holdout147/build.mjs';
import { parseMarkup as parseMarkup148 } from '../../fixtures/holdout148/build.mjs';
import { parseMarkup as parseMarkup149 } from '../../fixtures/holdout149/build.mjs';
import { parseMarkup as parseMarkup150 } from '../../fixtures/holdout150/build.mjs';
import { parseMarkup as parseMarkup151 } from '../../fixtures/holdout151/build.mjs';
import { parseMarkup as parseMarkup152 } from '../../fixtures/holdout152/build.mjs';
import { parseMarkup as parseMarkup153 } from '../../fixtures/holdout153/build.mjs';
import { parseMarkup as parseMarkup154 } from '../../fixtures/holdout154/build.mjs';
import { parseMarkup as parseMarkup155 } from '../../fixtures/holdout155/build.mjs';
import { parseMarkup as parseMarkup156 } from '../../fixtures/holdout156/build.mjs';
import { parseMarkup as parseMarkup157 } from '../../fixtures/holdout157/build.mjs';
import { parseMarkup as parseMarkup158 } from '../../fixtures/holdout158/build.mjs';
import { parseMarkup as parseMarkup159 } from '../../fixtures/holdout159/build.mjs';
import { parseMarkup as parseMarkup160 } from '../../fixtures/holdout160/build.mjs';
import { parseMarkup as parseMarkup161 } from '../../fixtures/holdout161/build.mjs';
import { parseMarkup as parseMarkup162 } from '../../fixtures/holdout162/build.mjs';
import { parseMarkup as parseMarkup163 } from '../../fixtures/holdout163/build.mjs';
import { parseMarkup as parseMarkup164 } from '../../fixtures/holdout164/build.mjs';
import { parseMarkup as parseMarkup165 } from '../../fixtures/holdout165/build.mjs';
import { parseMarkup as parseMarkup166 } from '../../fixtures/holdout166/build.mjs';
import { parseMarkup as parseMarkup167 } from '../../fixtures/holdout167/build.mjs';
import { parseMarkup as parseMarkup168 } from '../../fixtures/holdout168/build.mjs';
import { parseMarkup as parseMarkup169 } from '../../fixtures/holdout169/build.mjs';
import { parseMarkup as parseMarkup170 } from '../../fixtures/holdout170/build.mjs';
import { parseMarkup as parseMarkup171 } from '../../fixtures/holdout171/build.mjs';
import { parseMarkup as parseMarkup172 } from '../../fixtures/holdout172/build.mjs';
import { parseMarkup as parseMarkup173 } from '../../fixtures/holdout173/build.mjs';
import { parseMarkup as parseMarkup174 } from '../../fixtures/holdout174/build.mjs';
import { parseMarkup as parseMarkup175 } from '../../fixtures/holdout175/build.mjs';
import { parseMarkup as parseMarkup176 } from '../../fixtures/holdout176/build.mjs';
import { parseMarkup as parseMarkup177 } from '../../fixtures/holdout177/build.mjs';
import { parseMarkup as parseMarkup178 } from '../../fixtures/holdout178/build.mjs';
import { parseMarkup as parseMarkup179 } from '../../fixtures/holdout179/build.mjs';
import { parseMarkup as parseMarkup180 } from '../../fixtures/holdout180/build.mjs';
import { parseMarkup as parseMarkup181 } from '../../fixtures/holdout181/build.mjs';
import { parseMarkup as parseMarkup182 } from '../../fixtures/holdout182/build.mjs';
import { parseMarkup as parseMarkup183 } from '../../fixtures/holdout183/build.mjs';
import { parseMarkup as parseMarkup184 } from '../../fixtures/holdout184/build.mjs';
import { parseMarkup as parseMarkup185 } from '../../fixtures/holdout185/build.mjs';
import { parseMarkup as parseMarkup186 } from '../../fixtures/holdout186/build.mjs';
import { parseMarkup as parseMarkup187 } from '../../fixtures/holdout187/build.mjs';
import { parseMarkup as parseMarkup188 } from '../../fixtures/holdout188/build.mjs';
import { parseMarkup as parseMarkup189 } from '../../fixtures/holdout189/build.mjs';
import { parseMarkup as parseMarkup190 } from '../../fixtures/holdout190/build.mjs';
import { parseMarkup as parseMarkup191 } from '../../fixtures/holdout191/build.mjs';
import { parseMarkup as parseMarkup192 } from '../../fixtures/holdout192/build.mjs';
import { parseMarkup as parseMarkup193 } from '../../fixtures/holdout193/build.mjs';
import { parseMarkup as parseMarkup194 } from '../../fixtures/holdout194/build.mjs';
import { parseMarkup as parseMarkup195 } from '../../fixtures/holdout195/build.mjs';
import { parseMarkup as parseMarkup196 } from '../../fixtures/holdout196/build.mjs';
import { parseMarkup as parseMarkup197 } from '../../fixtures/holdout197/build.mjs';
import { parseMarkup as parseMarkup198 } from '../../fixtures/holdout198/build.mjs';
import { parseMarkup as parseMarkup199 } from '../../fixtures/holdout199/build.mjs';
import { parseMarkup as parseMarkup200 } from '../../fixtures/holdout200/build.mjs';
import { parseMarkup as parseMarkup201 } from '../../fixtures/holdout201/build.mjs';
import { parseMarkup as parseMarkup202 } from '../../fixtures/holdout202/build.mjs';
import { parseMarkup as parseMarkup203 } from '../../fixtures/holdout203/build.mjs';
import { parseMarkup as parseMarkup204 } from '../../fixtures/holdout204/build.mjs';
import { parseMarkup as parseMarkup205 } from '../../fixtures/holdout205/build.mjs';
import { parseMarkup as parseMarkup206 } from '../../fixtures/holdout206/build.mjs';
import { parseMarkup as parseMarkup207 } from '../../fixtures/holdout207/build.mjs';
import { parseMarkup as parseMarkup208 } from '../../fixtures/holdout208/build.mjs';
import { parseMarkup as parseMarkup209 } from '../../fixtures/holdout209/build.mjs';
import { parseMarkup as parseMarkup210 } from '../../fixtures/holdout210/build.mjs';
import { parseMarkup as parseMarkup211 } from '../../fixtures/holdout211/build.mjs';
import { parseMarkup as parseMarkup212 } from '../../fixtures/holdout212/build.mjs';
import { parseMarkup as parseMarkup213 } from '../../fixtures/holdout213/build.mjs';
import { parseMarkup as parseMarkup214 } from '../../fixtures/holdout214/build.mjs';
import { parseMarkup as parseMarkup215 } from '../../fixtures/holdout215/build.mjs';
import { parseMarkup as parseMarkup216 } from '../../fixtures/holdout216/build.mjs';
import { parseMarkup as parseMarkup217 } from '../../fixtures/holdout217/build.mjs';
import { parseMarkup as parseMarkup218 } from '../../fixtures/holdout218/build.mjs';
import { parseMarkup as parseMarkup219 } from '../../fixtures/holdout219/build.mjs';
import { parseMarkup as parseMarkup220 } from '../../fixtures/holdout220/build.mjs';
import { parseMarkup as parseMarkup221 } from '../../fixtures/holdout221/build.mjs';
import { parseMarkup as parseMarkup222 } from '../../fixtures/holdout222/build.mjs';
import { parseMarkup as parseMarkup223 } from '../../fixtures/holdout223/build.mjs';
import { parseMarkup as parseMarkup224 } from '../../fixtures/holdout224/build.mjs';
import { parseMarkup as parseMarkup225 } from '../../fixtures/holdout225/build.mjs';
import { parseMarkup as parseMarkup226 } from '../../fixtures/holdout226/build.mjs';
import { parseMarkup as parseMarkup227 } from '../../fixtures/holdout227/build.mjs';
import { parseMarkup as parseMarkup228 } from '../../fixtures/holdout228/build.mjs';
import { parseMarkup as parseMarkup229 } from '../../fixtures/holdout229/build.mjs';
import { parseMarkup as parseMarkup230 } from '../../fixtures/holdout230/build.mjs';
import { parseMarkup as parseMarkup231 } from '../../fixtures/holdout231/build.mjs';
import { parseMarkup as parseMarkup232 } from '../../fixtures/holdout232/build.mjs';
import { parseMarkup as parseMarkup233 } from '../../fixtures/holdout233/build.mjs';
import { parseMarkup as parseMarkup234 } from '../../fixtures/holdout234/build.mjs';
import { parseMarkup as parseMarkup235 } from '../../fixtures/holdout235/build.mjs';
import { parseMarkup as parseMarkup236 } from '../../fixtures/holdout236/build.mjs';
import { parseMarkup as parseMarkup237 } from '../../fixtures/holdout237/build.mjs';
import { parseMarkup as parseMarkup238 } from '../../fixtures/holdout238/build.mjs';
import { parseMarkup as parseMarkup239 } from '../../fixtures/holdout239/build.mjs';
import { parseMarkup as parseMarkup240 } from '../../fixtures/holdout240/build.mjs';
import { parseMarkup as parseMarkup241 } from '../../fixtures/holdout241/build.mjs';
import { parseMarkup as parseMarkup242 } from '../../fixtures/holdout242/build.mjs';
import { parseMarkup as parseMarkup243 } from '../../fixtures/holdout243/build.mjs';
import { parseMarkup as parseMarkup244 } from '../../fixtures/holdout244/build.mjs';
import { parseMarkup as parseMarkup245 } from '../../fixtures/holdout245/build.mjs';
import { parseMarkup as parseMarkup246 } from '../../fixtures/holdout246/build.mjs';
import { parseMarkup as parseMarkup247 } from '../../fixtures/holdout247/build.mjs';
import { parseMarkup as parseMarkup248 } from '../../fixtures/holdout248/build.mjs';
import { parseMarkup as parseMarkup249 } from '../../fixtures/holdout249/build.mjs';
import { parseMarkup as parseMarkup250 } from '../../fixtures/holdout250/build.mjs';
import { parseMarkup as parseMarkup251 } from '../../fixtures/holdout251/build.mjs';
import { parseMarkup as parseMarkup252 } from '../../fixtures/holdout252/build.mjs';
import { parseMarkup as parseMarkup253 } from '../../fixtures/holdout253/build.mjs';
import { parseMarkup as parseMarkup254 } from '../../fixtures/holdout254/build.mjs';
import { parseMarkup as parseMarkup255 } from '../../fixtures/holdout255/build.mjs';
import { parseMarkup as parseMarkup256 } from '../../fixtures/holdout256/build.mjs';
import { parseMarkup as parseMarkup257 } from '../../fixtures/holdout257/build.mjs';
import { parseMarkup as parseMarkup258 } from '../../fixtures/holdout258/build.mjs';
import { parseMarkup as parseMarkup259 } from '../../fixtures/holdout259/build.mjs';
import { parseMarkup as parseMarkup260 } from '../../fixtures/holdout260/build.mjs';
import { parseMarkup as parseMarkup261 } from '../../fixtures/holdout261/build.mjs';
import { parseMarkup as parseMarkup262 } from '../../fixtures/holdout262/build.mjs';
import { parseMarkup as parseMarkup263 } from '../../fixtures/holdout263/build.mjs';
import { parseMarkup as parseMarkup264 } from '../../fixtures/holdout264/build.mjs';
import { parseMarkup as parseMarkup265 } from '../../fixtures/holdout265/build.mjs';
import { parseMarkup as parseMarkup266 } from '../../fixtures/holdout266/build.mjs';
import { parseMarkup as parseMarkup267 } from '../../fixtures/holdout267/build.mjs';
import { parseMarkup as parseMarkup268 } from '../../fixtures/holdout268/build.mjs';
import { parseMarkup as parseMarkup269 } from '../../fixtures/holdout269/build.mjs';
import { parseMarkup as parseMarkup270 } from '../../fixtures/holdout270/build.mjs';
import { parseMarkup as parseMarkup271 } from '../../fixtures/holdout271/build.mjs';
import { parseMarkup as parseMarkup272 } from '../../fixtures/holdout272/build.mjs';
import { parseMarkup as parseMarkup273 } from '../../fixtures/holdout273/build.mjs';
import { parseMarkup as parseMarkup274 } from '../../fixtures/holdout274/build.mjs';
import { parseMarkup as parseMarkup275 } from '../../fixtures/holdout275/build.mjs';
import { parseMarkup as parseMarkup276 } from '../../fixtures/holdout276/build.mjs';
import { parseMarkup as parseMarkup277 } from '../../fixtures/holdout277/build.mjs';
import { parseMarkup as parseMarkup278 } from '../../fixtures/holdout278/build.mjs';
import { parseMarkup as parseMarkup279 } from '../../fixtures/holdout279/build.mjs';
import { parseMarkup as parseMarkup280 } from '../../fixtures/holdout280/build.mjs';
import { parseMarkup as parseMarkup281 } from '../../fixtures/holdout281/build.mjs';
import { parseMarkup as parseMarkup282 } from '../../fixtures/holdout282/build.mjs';
import { parseMarkup as parseMarkup283 } from '../../fixtures/holdout283/build.mjs';
import { parseMarkup as parseMarkup284 } from '../../fixtures/holdout284/build.mjs';
import { parseMarkup as parseMarkup285 } from '../../fixtures/holdout285/build.mjs';
import { parseMarkup as parseMarkup286 } from '../../fixtures/holdout286/build.mjs';
import { parseMarkup as parseMarkup287 } from '../../fixtures/holdout287/build.mjs';
import { parseMarkup as parseMarkup288 } from '../../fixtures/holdout288/build.mjs';
import { parseMarkup as parseMarkup289 } from '../../fixtures/holdout289/build.mjs';
import { parseMarkup as parseMarkup290 } from '../../fixtures/holdout290/build.mjs';
import { parseMarkup as parseMarkup291 } from '../../fixtures/holdout291/build.mjs';
import { parseMarkup as parseMarkup292 } from '../../fixtures/holdout292/build.mjs';
import { parseMarkup as parseMarkup293 } from '../../fixtures/holdout293/build.mjs';
import { parseMarkup as parseMarkup294 } from '../../fixtures/holdout294/build.mjs';
import { parseMarkup as parseMarkup295 } from '../../fixtures/holdout295/build.mjs';
import { parseMarkup as parseMarkup296 } from '../../fixtures/holdout296/build.mjs';
import { parseMarkup as parseMarkup297 } from '../../fixtures/holdout297/build.mjs';
import { parseMarkup as parseMarkup298 } from '../../fixtures/holdout298/build.mjs';
import { parseMarkup as parseMarkup299 } from '../../fixtures/holdout299/build.mjs';
import { parseMarkup as parseMarkup300 } from '../../fixtures/holdout300/build.mjs';
import { parseMarkup as parseMarkup301 } from '../../fixtures/holdout301/build.mjs';
import { parseMarkup as parseMarkup302 } from '../../fixtures/holdout302/build.mjs';
import { parseMarkup as parseMarkup303 } from '../../fixtures/holdout303/build.mjs';
import { parseMarkup as parseMarkup304 } from '../../fixtures/holdout304/build.mjs';
import { parseMarkup as parseMarkup305 } from '../../fixtures/holdout305/build.mjs';
import { parseMarkup as parseMarkup306 } from '../../fixtures/holdout306/build.mjs';
import { parseMarkup as parseMarkup307 } from '../../fixtures/holdout307/build.mjs';
import { parseMarkup as parseMarkup308 } from '../../fixtures/holdout308/build.mjs';
import { parseMarkup as parseMarkup309 } from '../../fixtures/holdout309/build.mjs';
import { parseMarkup as parseMarkup310 } from '../../fixtures/holdout310/build.mjs';
import { parseMarkup as parseMarkup311 } from '../../fixtures/holdout311/build.mjs';
import { parseMarkup as parseMarkup312 } from '../../fixtures/holdout312/build.mjs';
import { parseMarkup as parseMarkup313 } from '../../fixtures/holdout313/build.mjs';
import { parseMarkup as parseMarkup314 } from '../../fixtures/holdout314/build.mjs';
import { parseMarkup as parseMarkup315 } from '../../fixtures/holdout315/build.mjs';
import { parseMarkup as parseMarkup316 } from '../../fixtures/holdout316/build.mjs';
import { parseMarkup as parseMarkup317 } from '../../fixtures/holdout317/build.mjs';
import { parseMarkup as parseMarkup318 } from '../../fixtures/holdout318/build.mjs';
import { parseMarkup as parseMarkup319 } from '../../fixtures/holdout319/build.mjs';
import { parseMarkup as parseMarkup320 } from '../../fixtures/holdout320/build.mjs';
import { parseMarkup as parseMarkup321 } from '../../fixtures/holdout321/build.mjs';
import { parseMarkup as parseMarkup322 } from '../../fixtures/holdout322/build.mjs';
import { parseMarkup as parseMarkup323 } from '../../fixtures/holdout323/build.mjs';
import { parseMarkup as parseMarkup324 } from '../../fixtures/holdout324/build.mjs';
import { parseMarkup as parseMarkup325 } from '../../fixtures/holdout325/build.mjs';
import { parseMarkup as parseMarkup326 } from '../../fixtures/holdout326/build.mjs';
import { parseMarkup as parseMarkup327 } from '../../fixtures/holdout327/build.mjs';
import { parseMarkup as parseMarkup328 } from '../../fixtures/holdout328/build.mjs';
import { parseMarkup as parseMarkup329 } from '../../fixtures/holdout329/build.mjs';
import { parseMarkup as parseMarkup330 } from '../../fixtures/holdout330/build.mjs';
import { parseMarkup as parseMarkup331 } from '../../fixtures/holdout331/build.mjs';
import { parseMarkup as parseMarkup332 } from '../../fixtures/holdout332/build.mjs';
import { parseMarkup as parseMarkup333 } from '../../fixtures/holdout333/build.mjs';
import { parseMarkup as parseMarkup334 } from '../../fixtures/holdout334/build.mjs';
import { parseMarkup as parseMarkup335 } from '../../fixtures/holdout335/build.mjs';
import { parseMarkup as parseMarkup336 } from '../../fixtures/holdout336/build.mjs';
import { parseMarkup as parseMarkup337 } from '../../fixtures/holdout337/build.mjs';
import { parseMarkup as parseMarkup338 } from '../../fixtures/holdout338/build.mjs';
import { parseMarkup as parseMarkup339 } from '../../fixtures/holdout339/build.mjs';
import { parseMarkup as parseMarkup340 } from '../../fixtures/holdout340/build.mjs';
import { parseMarkup as parseMarkup341 } from '../../fixtures/holdout341/build.mjs';
import { parseMarkup as parseMarkup342 } from '../../fixtures/holdout342/build.mjs';
import { parseMarkup as parseMarkup343 } from '../../fixtures/holdout343/build.mjs';
import { parseMarkup as parseMarkup344 } from '../../fixtures/holdout344/build.mjs';
import { parseMarkup as parseMarkup345 } from '../../fixtures/holdout345/build.mjs';
import { parseMarkup as parseMarkup346 } from '../../fixtures/holdout346/build.mjs';
import { parseMarkup as parseMarkup347 } from '../../fixtures/holdout347/build.mjs';
import { parseMarkup as parseMarkup348 } from '../../fixtures/holdout348/build.mjs';
import { parseMarkup as parseMarkup349 } from '../../fixtures/holdout349/build.mjs';
import { parseMarkup as parseMarkup350 } from '../../fixtures/holdout350/build.mjs';
import { parseMarkup as parseMarkup351 } from '../../fixtures/holdout351/build.mjs';
import { parseMarkup as parseMarkup352 } from '../../fixtures/holdout352/build.mjs';
import { parseMarkup as parseMarkup353 } from '../../fixtures/holdout353/build.mjs';
import { parseMarkup as parseMarkup354 } from '../../fixtures/holdout354/build.mjs';
import { parseMarkup as parseMarkup355 } from '../../fixtures/holdout355/build.mjs';
import { parseMarkup as parseMarkup356 } from '../../fixtures/holdout356/build.mjs';
import { parseMarkup as parseMarkup357 } from '../../fixtures/holdout357/build.mjs';
import { parseMarkup as parseMarkup358 } from '../../fixtures/holdout358/build.mjs';
import { parseMarkup as parseMarkup359 } from '../../fixtures/holdout359/build.mjs';
import { parseMarkup as parseMarkup360 } from '../../fixtures/holdout360/build.mjs';
import { parseMarkup as parseMarkup361 } from '../../fixtures/holdout361/build.mjs';
import { parseMarkup as parseMarkup362 } from '../../fixtures/holdout362/build.mjs';
import { parseMarkup as parseMarkup363 } from '../../fixtures/holdout363/build.mjs';
import { parseMarkup as parseMarkup364 } from '../../fixtures/holdout364/build.mjs';
import { parseMarkup as parseMarkup365 } from '../../fixtures/holdout365/build.mjs';
import { parseMarkup as parseMarkup366 } from '../../fixtures/holdout366/build.mjs';
import { parseMarkup as parseMarkup367 } from '../../fixtures/holdout367/build.mjs';
import { parseMarkup as parseMarkup368 } from '../../fixtures/holdout368/build.mjs';
import { parseMarkup as parseMarkup369 } from '../../fixtures/holdout369/build.mjs';
import { parseMarkup as parseMarkup370 } from '../../fixtures/holdout370/build.mjs';
import { parseMarkup as parseMarkup371 } from '../../fixtures/holdout371/build.mjs';
import { parseMarkup as parseMarkup372 } from '../../fixtures/holdout372/build.mjs';
import { parseMarkup as parseMarkup373 } from '../../fixtures/holdout373/build.mjs';
import { parseMarkup as parseMarkup374 } from '../../fixtures/holdout374/build.mjs';
import { parseMarkup as parseMarkup375 } from '../../fixtures/holdout375/build.mjs';
import { parseMarkup as parseMarkup376 } from '../../fixtures/holdout376/build.mjs';
import { parseMarkup as parseMarkup377 } from '../../fixtures/holdout377/build.mjs';
import { parseMarkup as parseMarkup378 } from '../../fixtures/holdout378/build.mjs';
import { parseMarkup as parseMarkup379 } from '../../fixtures/holdout379/build.mjs';
import { parseMarkup as parseMarkup380 } from '../../fixtures/holdout380/build.mjs';
import { parseMarkup as parseMarkup381 } from '../../fixtures/holdout381/build.mjs';
import { parseMarkup as parseMarkup382 } from '../../fixtures/holdout382/build.mjs';
import { parseMarkup as parseMarkup383 } from '../../fixtures/holdout383/build.mjs';
import { parseMarkup as parseMarkup384 } from '../../fixtures/holdout384/build.mjs';
import { parseMarkup as parseMarkup385 } from '../../fixtures/holdout385/build.mjs';
import { parseMarkup as parseMarkup386 } from '../../fixtures/holdout386/build.mjs';
import { parseMarkup as parseMarkup387 } from '../../fixtures/holdout387/build.mjs';
import { parseMarkup as parseMarkup388 } from '../../fixtures/holdout388/build.mjs';
import { parseMarkup as parseMarkup389 } from '../../fixtures/holdout389/build.mjs';
import { parseMarkup as parseMarkup390 } from '../../fixtures/holdout390/build.mjs';
import { parseMarkup as parseMarkup391 } from '../../fixtures/holdout391/build.mjs';
import { parseMarkup as parseMarkup392 } from '../../fixtures/holdout392/build.mjs';
import { parseMarkup as parseMarkup393 } from '../../fixtures/holdout393/build.mjs';
import { parseMarkup as parseMarkup394 } from '../../fixtures/holdout394/build.mjs';
import { parseMarkup as parseMarkup395 } from '../../fixtures/holdout395/build.mjs';
import { parseMarkup as parseMarkup396 } from '../../fixtures/holdout396/build.mjs';
import { parseMarkup as parseMarkup397 } from '../../fixtures/holdout397/build.mjs';
import { parseMarkup as parseMarkup398 } from '../../fixtures/holdout398/build.mjs';
import { parseMarkup as parseMarkup399 } from '../../fixtures/holdout399/build.mjs';
import { parseMarkup as parseMarkup400 } from '../../fixtures/holdout400/build.mjs';
import { parseMarkup as parseMarkup401 } from '../../fixtures/holdout401/build.mjs';
import { parseMarkup as parseMarkup402 } from '../../fixtures/holdout402/build.mjs';
import { parseMarkup as parseMarkup403 } from '../../fixtures/holdout403/build.mjs';
import { parseMarkup as parseMarkup404 } from '../../fixtures/holdout404/build.mjs';
import { parseMarkup as parseMarkup405 } from '../../fixtures/holdout405/build.mjs';
import { parseMarkup as parseMarkup406 } from '../../fixtures/holdout406/build.mjs';
import { parseMarkup as parseMarkup407 } from '../../fixtures/holdout407/build.mjs';
import { parseMarkup as parseMarkup408 } from '../../fixtures/holdout408/build.mjs';
import { parseMarkup as parseMarkup409 } from '../../fixtures/holdout409/build.mjs';
import { parseMarkup as parseMarkup410 } from '../../fixtures/holdout410/build.mjs';
import { parseMarkup as parseMarkup411 } from '../../fixtures/holdout411/build.mjs';
import { parseMarkup as parseMarkup412 } from '../../fixtures/holdout412/build.mjs';
import { parseMarkup as parseMarkup413 } from '../../fixtures/holdout413/build.mjs';
import { parseMarkup as parseMarkup414 } from '../../fixtures/holdout414/build.mjs';
import { parseMarkup as parseMarkup415 } from '../../fixtures/holdout415/build.mjs';
import { parseMarkup as parseMarkup416 } from '../../fixtures/holdout416/build.mjs';
import { parseMarkup as parseMarkup417 } from '../../fixtures/holdout417/build.mjs';
import { parseMarkup as parseMarkup418 } from '../../fixtures/holdout418/build.mjs';
import { parseMarkup as parseMarkup419 } from '../../fixtures/holdout419/build.mjs';
import { parseMarkup as parseMarkup420 } from '../../fixtures/holdout420/build.mjs';
import { parseMarkup as parseMarkup421 } from '../../fixtures/holdout421/build.mjs';
import { parseMarkup as parseMarkup422 } from '../../fixtures/holdout422/build.mjs';
import { parseMarkup as parseMarkup423 } from '../../fixtures/holdout423/build.mjs';
import { parseMarkup as parseMarkup424 } from '../../fixtures/holdout424/build.mjs';
import { parseMarkup as parseMarkup425 } from '../../fixtures/holdout425/build.mjs';
import { parseMarkup as parseMarkup426 } from '../../fixtures/holdout426/build.mjs';
import { parseMarkup as parseMarkup427 } from '../../fixtures/holdout427/build.mjs';
import { parseMarkup as parseMarkup428 } from '../../fixtures/holdout428/build.mjs';
import { parseMarkup as parseMarkup429 } from '../../fixtures/holdout429/build.mjs';
import { parseMarkup as parseMarkup430 } from '../../fixtures/holdout430/build.mjs';
import { parseMarkup as parseMarkup431 } from '../../fixtures/holdout431/build.mjs';
import { parseMarkup as parseMarkup432 } from '../../fixtures/holdout432/build.mjs';
import { parseMarkup as parseMarkup433 } from '../../fixtures/holdout433/build.mjs';
import { parseMarkup as parseMarkup434 } from '../../fixtures/holdout434/build.mjs';
import { parseMarkup as parseMarkup435 } from '../../fixtures/holdout435/build.mjs';
import { parseMarkup as parseMarkup436 } from '../../fixtures/holdout436/build.mjs';
import { parseMarkup as parseMarkup437 } from '../../fixtures/holdout437/build.mjs';
import { parseMarkup as parseMarkup439 } from '../../fixtures/holdout439/build.mjs';
import { parseMarkup as parseMarkup438 } from '../../fixtures/holdout438/build.mjs';
import { parseMarkup as parseMarkup440 } from '../../fixtures/holdout440/build.mjs';
import { parseMarkup as parseMarkup441 } from '../../fixtures/holdout441/build.mjs';
import { parseMarkup as parseMarkup442 } from '../../fixtures/holdout442/build.mjs';
import { parseMarkup as parseMarkup443 } from '../../fixtures/holdout443/build.mjs';
import { parseMarkup as parseMarkup444 } from '../../fixtures/holdout444/build.mjs';
import { parseMarkup as parseMarkup445 } from '../../fixtures/holdout445/build.mjs';
import { parseMarkup as parseMarkup446 } from '../../fixtures/holdout446/build.mjs';
import { parseMarkup as parseMarkup447 } from '../../fixtures/holdout447/build.mjs';
import { parseMarkup as parseMarkup448 } from '../../fixtures/holdout448/build.mjs';
import { parseMarkup as parseMarkup449 } from '../../fixtures/holdout449/build.mjs';
import { parseMarkup as parseMarkup450 } from '../../fixtures/holdout450/build.mjs';
import { parseMarkup as parseMarkup451 } from '../../fixtures/holdout451/build.mjs';
import { parseMarkup as parseMarkup452 } from '../../fixtures/holdout452/build.mjs';
import { parseMarkup as parseMarkup453 } from '../../fixtures/holdout453/build.mjs';
import { parseMarkup as parseMarkup454 } from '../../fixtures/holdout454/build.mjs';
import { parseMarkup as parseMarkup455 } from '../../fixtures/holdout455/build.mjs';
import { parseMarkup as parseMarkup457 } from '../../fixtures/holdout457/build.mjs';
import { parseMarkup as parseMarkup456 } from '../../fixtures/holdout456/build.mjs';
import { parseMarkup as parseMarkup458 } from '../../fixtures/holdout458/build.mjs';
import { parseMarkup as parseMarkup459 } from '../../fixtures/holdout459/build.mjs';
import { parseMarkup as parseMarkup460 } from '../../fixtures/holdout460/build.mjs';
import { parseMarkup as parseMarkup461 } from '../../fixtures/holdout461/build.mjs';
import { parseMarkup as parseMarkup462 } from '../../fixtures/holdout462/build.mjs';
import { parseMarkup as parseMarkup463 } from '../../fixtures/holdout463/build.mjs';
import { parseMarkup as parseMarkup464 } from '../../fixtures/holdout464/build.mjs';
import { parseMarkup as parseMarkup465 } from '../../fixtures/holdout465/build.mjs';
import { parseMarkup as parseMarkup466 } from '../../fixtures/holdout466/build.mjs';
import { parseMarkup as parseMarkup467 } from '../../fixtures/holdout467/build.mjs';
import { parseMarkup as parseMarkup468 } from '../../fixtures/holdout468/build.mjs';
import { parseMarkup as parseMarkup469 } from '../../fixtures/holdout469/build.mjs';
import { parseMarkup as parseMarkup470 } from '../../fixtures/holdout470/build.mjs';
import { parseMarkup as parseMarkup471 } from '../../fixtures/holdout471/build.mjs';
import { parseMarkup as parseMarkup472 } from '../../fixtures/holdout472/build.mjs';
import { parseMarkup as parseMarkup473 } from '../../fixtures/holdout473/build.mjs';
import { parseMarkup as parseMarkup474 } from '../../fixtures/holdout474/build.mjs';
import { parseMarkup as parseMarkup475 } from '../../fixtures/holdout475/build.mjs';
import { parseMarkup as parseMarkup476 } from '../../fixtures/holdout476/build.mjs';
import { parseMarkup as parseMarkup477 } from '../../fixtures/holdout477/build.mjs';
import { parseMarkup as parseMarkup478 } from '../../fixtures/holdout478/build.mjs';
import { parseMarkup as parseMarkup479 } from '../../fixtures/holdout479/build.mjs';
import { parseMarkup as parseMarkup480 } from '../../fixtures/holdout480/build.mjs';
import { parseMarkup as parseMarkup481 } from '../../fixtures/holdout481/build.mjs';
import { parseMarkup as parseMarkup482 } from '../../fixtures/holdout482/build.mjs';
import { parseMarkup as parseMarkup483 } from '../../fixtures/holdout483/build.mjs';
import { parseMarkup as parseMarkup484 } from '../../fixtures/holdout484/build.mjs';
import { parseMarkup as parseMarkup485 } from '../../fixtures/holdout485/build.mjs';
import { parseMarkup as parseMarkup487 } from '../../fixtures/holdout487/build.mjs';
import { parseMarkup as parseMarkup486 } from '../../fixtures/holdout486/build.mjs';
import { parseMarkup as parseMarkup488 } from '../../fixtures/holdout488/build.mjs';
import { parseMarkup as parseMarkup489 } from '../../fixtures/holdout489/build.mjs';
import { parseMarkup as parseMarkup490 } from '../../fixtures/holdout490/build.mjs';
import { parseMarkup as parseMarkup491 } from '../../fixtures/holdout491/build.mjs';
import { parseMarkup as parseMarkup493 } from '../../fixtures/holdout493/build.mjs';
import { parseMarkup as parseMarkup492 } from '../../fixtures/holdout492/build.mjs';
import { parseMarkup as parseMarkup494 } from '../../fixtures/holdout494/build.mjs';
import { parseMarkup as parseMarkup496 } from '../../fixtures/holdout496/build.mjs';
import { parseMarkup as parseMarkup495 } from '../../fixtures/holdout495/build.mjs';
import { parseMarkup as parseMarkup497 } from '../../fixtures/holdout497/build.mjs';
import { parseMarkup as parseMarkup498 } from '../../fixtures/holdout498/build.mjs';
import { parseMarkup as parseMarkup499 } from '../../fixtures/holdout499/build.mjs';
import { parseMarkup as parseMarkup502 } from '../../fixtures/holdout502/build.mjs';
import { parseMarkup as parseMarkup500 } from '../../fixtures/holdout500/build.mjs';
import { parseMarkup as parseMarkup501 } from '../../fixtures/holdout501/build.mjs';
import { parseMarkup as parseMarkup505 } from '../../fixtures/holdout505/build.mjs';
import { parseMarkup as parseMarkup503 } from '../../fixtures/holdout503/build.mjs';
import { parseMarkup as parseMarkup504 } from '../../fixtures/holdout504/build.mjs';
import { parseMarkup as parseMarkup506 } from '../../fixtures/holdout506/build.mjs';
import { parseMarkup as parseMarkup507 } from '../../fixtures/holdout507/build.mjs';
import { parseMarkup as parseMarkup508 } from '../../fixtures/holdout508/build.mjs';
import { parseMarkup as parseMarkup509 } from '../../fixtures/holdout509/build.mjs';
import { parseMarkup as parseMarkup510 } from '../../fixtures/holdout510/build.mjs';
import { parseMarkup as parseMarkup511 } from '../../fixtures/holdout511/build.mjs';
import { parseMarkup as parseMarkup512 } from '../../fixtures/holdout512/build.mjs';
import { parseMarkup as parseMarkup514 } from '../../fixtures/holdout514/build.mjs';
import { parseMarkup as parseMarkup513 } from '../../fixtures/holdout513/build.mjs';
import { parseMarkup as parseMarkup515 } from '../../fixtures/holdout515/build.mjs';
import { parseMarkup as parseMarkup516 } from '../../fixtures/holdout516/build.mjs';
import { parseMarkup as parseMarkup517 } from '../../fixtures/holdout517/build.mjs';

// The held-out gold sets: original articles annotated by hand (tests/fixtures/holdout{,2,3,4,5,6,7,8}/src/*.md),
// converted to texts/ + gold/ by each set's build.mjs. These checks guard the form of the gold files, so the
// eval never scores against a span that is off by one or breaks a rule of the guideline. holdout2 is the
// second set, written blind after the first had been used for tuning; holdout3 is the third; holdout4 is the
// fourth, written blind after holdout3 had become a regression guard; holdout5 is the fifth, written blind after
// all four earlier sets had been used for tuning; holdout6 is the sixth, written blind after all five had been; holdout7 is the
// seventh, written blind after all six had been; holdout8 is the eighth, written blind after all seven had been.
// holdout16 is the sixteenth, written blind after all fifteen earlier sets had been used for tuning; holdout17 and
// holdout18 were written blind after all sixteen had been; holdout19, holdout20 and holdout21 likewise; holdout22 and
// holdout23, holdout24 and holdout25 too (written at the same time, each blind to the others); holdout26,
// holdout27 and holdout28 likewise; holdout29, holdout30 and holdout31 too (written at the same time, each blind
// to the others); holdout32, holdout33 and holdout34 too (written at the same time, each blind to the others);
// holdout35, holdout36 and holdout37 too (written at the same time, each blind to the others); holdout38, holdout39 and holdout40 too (likewise);
// holdout41, holdout42 and holdout43 too (likewise); holdout44, holdout45 and holdout46 too (likewise); holdout47, holdout48 and holdout49 too (likewise);
// holdout50, holdout51 and holdout52 too (likewise); holdout53, holdout54 and holdout55 too (likewise); holdout56, holdout57 and holdout58 too (likewise);
// holdout59, holdout60 and holdout61 too (likewise); holdout62, holdout63 and holdout64 too (likewise); holdout65,
// holdout66 and holdout67 too (likewise); holdout68, holdout69 and holdout70 too (likewise); holdout71, holdout72
// and holdout73 too (likewise); holdout74, holdout75 and holdout76 too (likewise); holdout77, holdout78 and
// holdout79 too (likewise); holdout80, holdout81 and holdout82 too (likewise);
// holdout83, holdout84 and holdout85 too (likewise); holdout86, holdout87 and holdout88 too (likewise);
// holdout89, holdout90 and holdout91 too (likewise); holdout92, holdout93 and holdout94 too (likewise);
// holdout95, holdout96 and holdout97 too (likewise); holdout98, holdout99 and holdout100 too (likewise);
// holdout101, holdout102 and holdout103 too (likewise); holdout104, holdout105 and holdout106 too (likewise);
// holdout107, holdout108 and holdout109 too (likewise);
// holdout110, holdout111 and holdout112 too (likewise);
// holdout113, holdout114 and holdout115 too (likewise);
// holdout116, holdout117 and holdout118 too (likewise);
// holdout119, holdout120 and holdout121 too (likewise);
// holdout122, holdout123 and holdout124 too (likewise).
// holdout125, holdout126 and holdout127 too (likewise).
// holdout128, holdout129 and holdout130 too (likewise).
// holdout131, holdout132 and holdout133 too (likewise).
// holdout134, holdout135 and holdout136 too (likewise).
// holdout137, holdout138 and holdout139 too (likewise).
// holdout140, holdout141 and holdout142 too (likewise).
// holdout143, holdout144 and holdout145 too (likewise).
// holdout146, holdout147 and holdout148 too (likewise).
// holdout149, holdout150 and holdout151 too (likewise).
// holdout152, holdout153 and holdout154 too (likewise).
// holdout155, holdout156 and holdout157 too (likewise).
// holdout158, holdout159 and holdout160 too (likewise).
// holdout161, holdout162 and holdout163 too (likewise).
// holdout164, holdout165 and holdout166 too (likewise).
// holdout167, holdout168 and holdout169 too (likewise).
// holdout170, holdout171 and holdout172 too (likewise).
// holdout173, holdout174 and holdout175 too (likewise).
// holdout176, holdout177 and holdout178 too (likewise).
// holdout179, holdout180 and holdout181 too (likewise).
// holdout182, holdout183 and holdout184 too (likewise).
// holdout185, holdout186 and holdout187 too (likewise).
// holdout188, holdout189 and holdout190 too (likewise).
// holdout191, holdout192 and holdout193 too (likewise).
// holdout194, holdout195 and holdout196 too (likewise).
// holdout197, holdout198 and holdout199 too (likewise).
// holdout200, holdout201 and holdout202 too (likewise).
// holdout203, holdout204 and holdout205 too (likewise).
// holdout206, holdout207 and holdout208 too (likewise).
// holdout209, holdout210 and holdout211 too (likewise).
// holdout212, holdout213 and holdout214 too (likewise).
// holdout215, holdout216 and holdout217 too (likewise).
// holdout218, holdout219 and holdout220 too (likewise).
// holdout221, holdout222 and holdout223 too (likewise).
// holdout224, holdout225 and holdout226 too (likewise).
// holdout227, holdout228 and holdout229 too (likewise).
// holdout230, holdout231 and holdout232 too (likewise).
// holdout233, holdout234 and holdout235 too (likewise).
// holdout236, holdout237 and holdout238 too (likewise).
// holdout239, holdout240 and holdout241 too (likewise).
// holdout242, holdout243 and holdout244 too (likewise).
// holdout245, holdout246 and holdout247 too (likewise).
// holdout248, holdout249 and holdout250 too (likewise).
// holdout251, holdout252 and holdout253 too (likewise).
// holdout254, holdout255 and holdout256 too (likewise).
// holdout257, holdout258 and holdout259 too (likewise).
// holdout260, holdout261 and holdout262 too (likewise).
// holdout263, holdout264 and holdout265 too (likewise).
// holdout266, holdout267 and holdout268 too (likewise).
// holdout269, holdout270 and holdout271 too (likewise).
// holdout272, holdout273 and holdout274 too (likewise).
// holdout275, holdout276 and holdout277 too (likewise).
// holdout278, holdout279 and holdout280 too (likewise).
// holdout281, holdout282 and holdout283 too (likewise).
// holdout284, holdout285 and holdout286 too (likewise).
// holdout287, holdout288 and holdout289 too (likewise).
// holdout290, holdout291 and holdout292 too (likewise).
// holdout293, holdout294 and holdout295 too (likewise).
// holdout296, holdout297 and holdout298 too (likewise).
// holdout299, holdout300 and holdout301 too (likewise).
// holdout302, holdout303 and holdout304 too (likewise).
// holdout305, holdout306 and holdout307 too (likewise).
// holdout308, holdout309 and holdout310 too (likewise).
// holdout311, holdout312 and holdout313 too (likewise).
// holdout314, holdout315 and holdout316 too (likewise).
// holdout317, holdout318 and holdout319 too (likewise).
// holdout320, holdout321 and holdout322 too (likewise).
// holdout323, holdout324 and holdout325 too (likewise).
// holdout326, holdout327 and holdout328 too (likewise).
// holdout329, holdout330 and holdout331 too (likewise).
// holdout332, holdout333 and holdout334 too (likewise).
// holdout335, holdout336 and holdout337 too (likewise).
// holdout338, holdout339 and holdout340 too (likewise).
// holdout341, holdout342 and holdout343 too (likewise).
// holdout344, holdout345 and holdout346 too (likewise).
// holdout347, holdout348 and holdout349 too (likewise).
// holdout350, holdout351 and holdout352 too (likewise).
// holdout353, holdout354 and holdout355 too (likewise).
// holdout356, holdout357 and holdout358 too (likewise).
// holdout359, holdout360 and holdout361 too (likewise).
// holdout362, holdout363 and holdout364 too (likewise).
// holdout365, holdout366 and holdout367 too (likewise).
// holdout368, holdout369 and holdout370 too (likewise).
// holdout371, holdout372 and holdout373 too (likewise).
// holdout374, holdout375 and holdout376 too (likewise).
// holdout377, holdout378 and holdout379 too (likewise).
// holdout380, holdout381 and holdout382 too (likewise).
// holdout383, holdout384 and holdout385 too (likewise).
// holdout386, holdout387 and holdout388 too (likewise).
// holdout389, holdout390 and holdout391 too (likewise).
// holdout392, holdout393 and holdout394 too (likewise).
// holdout395, holdout396 and holdout397 too (likewise).
// holdout398, holdout399 and holdout400 too (likewise).
// holdout401, holdout402 and holdout403 too (likewise).
// holdout404, holdout405 and holdout406 too (likewise).
// holdout407, holdout408 and holdout409 too (likewise).
// holdout410, holdout411 and holdout412 too (likewise).
// holdout413, holdout414 and holdout415 too (likewise).
// holdout416, holdout417 and holdout418 too (likewise).
// holdout419, holdout420 and holdout421 too (likewise).
// holdout422, holdout423 and holdout424 too (likewise).
// holdout425, holdout426 and holdout427 too (likewise).
// holdout428, holdout429 and holdout430 too (likewise).
// holdout431, holdout432 and holdout433 too (likewise).
// holdout434, holdout435 and holdout436 too (likewise).
// holdout437, holdout438 and holdout439 too (likewise).
// holdout440, holdout441 and holdout442 too (likewise).
// holdout443, holdout444 and holdout445 too (likewise).
// holdout446, holdout447 and holdout448 too (likewise).
// holdout449, holdout450 and holdout451 too (likewise).
// holdout452, holdout453 and holdout454 too (likewise).
// holdout455, holdout456 and holdout457 too (likewise).
// holdout458, holdout459 and holdout460 too (likewise).
// holdout461, holdout462 and holdout463 too (likewise).
// holdout464, holdout465 and holdout466 too (likewise).
// holdout467, holdout468 and holdout469 too (likewise).
// holdout470, holdout471 and holdout472 too (likewise).
// holdout473, holdout474 and holdout475 too (likewise).
// holdout476, holdout477 and holdout478 too (likewise).
// holdout479, holdout480 and holdout481 too (likewise).
// holdout482, holdout483 and holdout484 too (likewise).
// holdout485, holdout486 and holdout487 too (likewise).
// holdout488, holdout489 and holdout490 too (likewise).
// holdout491, holdout492 and holdout493 too (likewise).
// holdout494, holdout495 and holdout496 too (likewise).
// holdout497, holdout498 and holdout499 too (likewise).
// holdout500, holdout501 and holdout502 too (likewise).
// holdout503, holdout504 and holdout505 too (likewise).
// holdout506, holdout507 and holdout508 too (likewise).
// holdout509, holdout510 and holdout511 too (likewise).
// holdout512, holdout513 and holdout514 too (likewise).
// holdout515, holdout516 and holdout517 too (likewise).
const SETS = [
  {
    set: 'holdout',
    parse: parseMarkup,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout2',
    parse: parseMarkup2,
    expected: ['en-a', 'en-b', 'en-c', 'zh-a', 'zh-b', 'zh-c', 'zh-d', 'zh-e'],
  },
  {
    set: 'holdout3',
    parse: parseMarkup3,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout4',
    parse: parseMarkup4,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout5',
    parse: parseMarkup5,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout6',
    parse: parseMarkup6,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout7',
    parse: parseMarkup7,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout8',
    parse: parseMarkup8,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout16',
    parse: parseMarkup16,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout17',
    parse: parseMarkup17,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout18',
    parse: parseMarkup18,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout19',
    parse: parseMarkup19,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout20',
    parse: parseMarkup20,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout21',
    parse: parseMarkup21,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout22',
    parse: parseMarkup22,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout23',
    parse: parseMarkup23,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout24',
    parse: parseMarkup24,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout25',
    parse: parseMarkup25,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout26',
    parse: parseMarkup26,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout27',
    parse: parseMarkup27,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout28',
    parse: parseMarkup28,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout29',
    parse: parseMarkup29,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout30',
    parse: parseMarkup30,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout31',
    parse: parseMarkup31,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout32',
    parse: parseMarkup32,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout33',
    parse: parseMarkup33,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout34',
    parse: parseMarkup34,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout35',
    parse: parseMarkup35,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout36',
    parse: parseMarkup36,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout37',
    parse: parseMarkup37,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout38',
    parse: parseMarkup38,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout39',
    parse: parseMarkup39,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout40',
    parse: parseMarkup40,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout41',
    parse: parseMarkup41,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout42',
    parse: parseMarkup42,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout43',
    parse: parseMarkup43,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout44',
    parse: parseMarkup44,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout45',
    parse: parseMarkup45,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout46',
    parse: parseMarkup46,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout47',
    parse: parseMarkup47,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout48',
    parse: parseMarkup48,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout49',
    parse: parseMarkup49,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout50',
    parse: parseMarkup50,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout51',
    parse: parseMarkup51,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout52',
    parse: parseMarkup52,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout53',
    parse: parseMarkup53,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout54',
    parse: parseMarkup54,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout55',
    parse: parseMarkup55,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout58',
    parse: parseMarkup58,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout57',
    parse: parseMarkup57,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout56',
    parse: parseMarkup56,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout60',
    parse: parseMarkup60,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout59',
    parse: parseMarkup59,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout61',
    parse: parseMarkup61,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout62',
    parse: parseMarkup62,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout63',
    parse: parseMarkup63,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout64',
    parse: parseMarkup64,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout65',
    parse: parseMarkup65,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout66',
    parse: parseMarkup66,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout67',
    parse: parseMarkup67,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout68',
    parse: parseMarkup68,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout69',
    parse: parseMarkup69,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout70',
    parse: parseMarkup70,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout71',
    parse: parseMarkup71,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout72',
    parse: parseMarkup72,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout73',
    parse: parseMarkup73,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout74',
    parse: parseMarkup74,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout75',
    parse: parseMarkup75,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout76',
    parse: parseMarkup76,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout77',
    parse: parseMarkup77,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout78',
    parse: parseMarkup78,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout79',
    parse: parseMarkup79,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout80',
    parse: parseMarkup80,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout81',
    parse: parseMarkup81,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout82',
    parse: parseMarkup82,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout83',
    parse: parseMarkup83,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout84',
    parse: parseMarkup84,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout85',
    parse: parseMarkup85,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout86',
    parse: parseMarkup86,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout87',
    parse: parseMarkup87,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout88',
    parse: parseMarkup88,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout89',
    parse: parseMarkup89,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout90',
    parse: parseMarkup90,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout91',
    parse: parseMarkup91,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout92',
    parse: parseMarkup92,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout93',
    parse: parseMarkup93,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout94',
    parse: parseMarkup94,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout95',
    parse: parseMarkup95,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout96',
    parse: parseMarkup96,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout97',
    parse: parseMarkup97,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout98',
    parse: parseMarkup98,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout99',
    parse: parseMarkup99,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout100',
    parse: parseMarkup100,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout101',
    parse: parseMarkup101,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout102',
    parse: parseMarkup102,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout103',
    parse: parseMarkup103,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout104',
    parse: parseMarkup104,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout105',
    parse: parseMarkup105,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout106',
    parse: parseMarkup106,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout107',
    parse: parseMarkup107,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout108',
    parse: parseMarkup108,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout109',
    parse: parseMarkup109,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout110',
    parse: parseMarkup110,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout111',
    parse: parseMarkup111,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout112',
    parse: parseMarkup112,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout113',
    parse: parseMarkup113,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout114',
    parse: parseMarkup114,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout115',
    parse: parseMarkup115,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout116',
    parse: parseMarkup116,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout117',
    parse: parseMarkup117,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout118',
    parse: parseMarkup118,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout119',
    parse: parseMarkup119,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout120',
    parse: parseMarkup120,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout121',
    parse: parseMarkup121,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout122',
    parse: parseMarkup122,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout123',
    parse: parseMarkup123,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout124',
    parse: parseMarkup124,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout125',
    parse: parseMarkup125,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout126',
    parse: parseMarkup126,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout127',
    parse: parseMarkup127,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout128',
    parse: parseMarkup128,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout129',
    parse: parseMarkup129,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout130',
    parse: parseMarkup130,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout131',
    parse: parseMarkup131,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout132',
    parse: parseMarkup132,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout133',
    parse: parseMarkup133,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout134',
    parse: parseMarkup134,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout135',
    parse: parseMarkup135,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout136',
    parse: parseMarkup136,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout137',
    parse: parseMarkup137,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout138',
    parse: parseMarkup138,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout139',
    parse: parseMarkup139,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout140',
    parse: parseMarkup140,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout141',
    parse: parseMarkup141,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout142',
    parse: parseMarkup142,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout143',
    parse: parseMarkup143,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout144',
    parse: parseMarkup144,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout145',
    parse: parseMarkup145,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout146',
    parse: parseMarkup146,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout147',
    parse: parseMarkup147,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout148',
    parse: parseMarkup148,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout149',
    parse: parseMarkup149,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout150',
    parse: parseMarkup150,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout151',
    parse: parseMarkup151,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout152',
    parse: parseMarkup152,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout153',
    parse: parseMarkup153,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout154',
    parse: parseMarkup154,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout155',
    parse: parseMarkup155,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout156',
    parse: parseMarkup156,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout157',
    parse: parseMarkup157,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout158',
    parse: parseMarkup158,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout159',
    parse: parseMarkup159,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout160',
    parse: parseMarkup160,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout161',
    parse: parseMarkup161,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout162',
    parse: parseMarkup162,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout163',
    parse: parseMarkup163,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout164',
    parse: parseMarkup164,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout165',
    parse: parseMarkup165,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout166',
    parse: parseMarkup166,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout167',
    parse: parseMarkup167,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout168',
    parse: parseMarkup168,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout169',
    parse: parseMarkup169,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout170',
    parse: parseMarkup170,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout171',
    parse: parseMarkup171,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout172',
    parse: parseMarkup172,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout173',
    parse: parseMarkup173,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout174',
    parse: parseMarkup174,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout175',
    parse: parseMarkup175,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout176',
    parse: parseMarkup176,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout177',
    parse: parseMarkup177,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout178',
    parse: parseMarkup178,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout179',
    parse: parseMarkup179,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout180',
    parse: parseMarkup180,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout181',
    parse: parseMarkup181,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout182',
    parse: parseMarkup182,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout183',
    parse: parseMarkup183,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout184',
    parse: parseMarkup184,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout185',
    parse: parseMarkup185,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout186',
    parse: parseMarkup186,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout187',
    parse: parseMarkup187,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout188',
    parse: parseMarkup188,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout189',
    parse: parseMarkup189,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout190',
    parse: parseMarkup190,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout191',
    parse: parseMarkup191,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout192',
    parse: parseMarkup192,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout193',
    parse: parseMarkup193,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout194',
    parse: parseMarkup194,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout195',
    parse: parseMarkup195,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout196',
    parse: parseMarkup196,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout197',
    parse: parseMarkup197,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout198',
    parse: parseMarkup198,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout199',
    parse: parseMarkup199,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout200',
    parse: parseMarkup200,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout201',
    parse: parseMarkup201,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout202',
    parse: parseMarkup202,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout203',
    parse: parseMarkup203,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout204',
    parse: parseMarkup204,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout205',
    parse: parseMarkup205,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout206',
    parse: parseMarkup206,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout207',
    parse: parseMarkup207,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout208',
    parse: parseMarkup208,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout209',
    parse: parseMarkup209,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout210',
    parse: parseMarkup210,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout211',
    parse: parseMarkup211,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout212',
    parse: parseMarkup212,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout213',
    parse: parseMarkup213,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout214',
    parse: parseMarkup214,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout215',
    parse: parseMarkup215,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout216',
    parse: parseMarkup216,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout217',
    parse: parseMarkup217,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout218',
    parse: parseMarkup218,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout219',
    parse: parseMarkup219,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout220',
    parse: parseMarkup220,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout221',
    parse: parseMarkup221,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout222',
    parse: parseMarkup222,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout223',
    parse: parseMarkup223,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout224',
    parse: parseMarkup224,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout225',
    parse: parseMarkup225,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout226',
    parse: parseMarkup226,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout227',
    parse: parseMarkup227,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout228',
    parse: parseMarkup228,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout229',
    parse: parseMarkup229,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout230',
    parse: parseMarkup230,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout231',
    parse: parseMarkup231,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout232',
    parse: parseMarkup232,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout233',
    parse: parseMarkup233,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout234',
    parse: parseMarkup234,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout235',
    parse: parseMarkup235,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout236',
    parse: parseMarkup236,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout237',
    parse: parseMarkup237,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout238',
    parse: parseMarkup238,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout239',
    parse: parseMarkup239,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout240',
    parse: parseMarkup240,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout241',
    parse: parseMarkup241,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout242',
    parse: parseMarkup242,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout243',
    parse: parseMarkup243,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout244',
    parse: parseMarkup244,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout245',
    parse: parseMarkup245,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout246',
    parse: parseMarkup246,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout247',
    parse: parseMarkup247,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout248',
    parse: parseMarkup248,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout249',
    parse: parseMarkup249,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout250',
    parse: parseMarkup250,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout251',
    parse: parseMarkup251,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout252',
    parse: parseMarkup252,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout253',
    parse: parseMarkup253,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout254',
    parse: parseMarkup254,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout255',
    parse: parseMarkup255,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout256',
    parse: parseMarkup256,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout257',
    parse: parseMarkup257,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout258',
    parse: parseMarkup258,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout259',
    parse: parseMarkup259,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout260',
    parse: parseMarkup260,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout261',
    parse: parseMarkup261,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout262',
    parse: parseMarkup262,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout263',
    parse: parseMarkup263,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout264',
    parse: parseMarkup264,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout265',
    parse: parseMarkup265,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout266',
    parse: parseMarkup266,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout267',
    parse: parseMarkup267,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout268',
    parse: parseMarkup268,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout269',
    parse: parseMarkup269,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout270',
    parse: parseMarkup270,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout271',
    parse: parseMarkup271,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout272',
    parse: parseMarkup272,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout273',
    parse: parseMarkup273,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout274',
    parse: parseMarkup274,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout275',
    parse: parseMarkup275,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout276',
    parse: parseMarkup276,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout277',
    parse: parseMarkup277,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout278',
    parse: parseMarkup278,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout279',
    parse: parseMarkup279,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout280',
    parse: parseMarkup280,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout281',
    parse: parseMarkup281,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout282',
    parse: parseMarkup282,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout283',
    parse: parseMarkup283,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout284',
    parse: parseMarkup284,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout285',
    parse: parseMarkup285,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout286',
    parse: parseMarkup286,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout287',
    parse: parseMarkup287,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout288',
    parse: parseMarkup288,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout289',
    parse: parseMarkup289,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout290',
    parse: parseMarkup290,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout291',
    parse: parseMarkup291,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout292',
    parse: parseMarkup292,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout293',
    parse: parseMarkup293,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout294',
    parse: parseMarkup294,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout295',
    parse: parseMarkup295,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout296',
    parse: parseMarkup296,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout297',
    parse: parseMarkup297,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout298',
    parse: parseMarkup298,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout299',
    parse: parseMarkup299,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout300',
    parse: parseMarkup300,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout301',
    parse: parseMarkup301,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout302',
    parse: parseMarkup302,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout303',
    parse: parseMarkup303,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout304',
    parse: parseMarkup304,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout305',
    parse: parseMarkup305,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout306',
    parse: parseMarkup306,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout307',
    parse: parseMarkup307,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout308',
    parse: parseMarkup308,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout309',
    parse: parseMarkup309,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout310',
    parse: parseMarkup310,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout311',
    parse: parseMarkup311,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout312',
    parse: parseMarkup312,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout313',
    parse: parseMarkup313,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout314',
    parse: parseMarkup314,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout315',
    parse: parseMarkup315,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout316',
    parse: parseMarkup316,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout317',
    parse: parseMarkup317,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout318',
    parse: parseMarkup318,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout319',
    parse: parseMarkup319,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout320',
    parse: parseMarkup320,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout321',
    parse: parseMarkup321,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout322',
    parse: parseMarkup322,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout323',
    parse: parseMarkup323,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout324',
    parse: parseMarkup324,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout325',
    parse: parseMarkup325,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout326',
    parse: parseMarkup326,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout327',
    parse: parseMarkup327,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout328',
    parse: parseMarkup328,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout329',
    parse: parseMarkup329,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout330',
    parse: parseMarkup330,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout331',
    parse: parseMarkup331,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout332',
    parse: parseMarkup332,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout333',
    parse: parseMarkup333,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout334',
    parse: parseMarkup334,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout335',
    parse: parseMarkup335,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout336',
    parse: parseMarkup336,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout337',
    parse: parseMarkup337,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout338',
    parse: parseMarkup338,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout339',
    parse: parseMarkup339,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout340',
    parse: parseMarkup340,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout341',
    parse: parseMarkup341,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout342',
    parse: parseMarkup342,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout343',
    parse: parseMarkup343,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout344',
    parse: parseMarkup344,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout345',
    parse: parseMarkup345,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout346',
    parse: parseMarkup346,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout347',
    parse: parseMarkup347,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout348',
    parse: parseMarkup348,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout349',
    parse: parseMarkup349,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout350',
    parse: parseMarkup350,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout351',
    parse: parseMarkup351,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout352',
    parse: parseMarkup352,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout353',
    parse: parseMarkup353,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout354',
    parse: parseMarkup354,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout355',
    parse: parseMarkup355,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout356',
    parse: parseMarkup356,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout357',
    parse: parseMarkup357,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout358',
    parse: parseMarkup358,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout359',
    parse: parseMarkup359,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout360',
    parse: parseMarkup360,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout361',
    parse: parseMarkup361,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout362',
    parse: parseMarkup362,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout363',
    parse: parseMarkup363,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout364',
    parse: parseMarkup364,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout365',
    parse: parseMarkup365,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout366',
    parse: parseMarkup366,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout367',
    parse: parseMarkup367,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout368',
    parse: parseMarkup368,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout369',
    parse: parseMarkup369,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout370',
    parse: parseMarkup370,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout371',
    parse: parseMarkup371,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout372',
    parse: parseMarkup372,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout373',
    parse: parseMarkup373,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout374',
    parse: parseMarkup374,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout375',
    parse: parseMarkup375,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout376',
    parse: parseMarkup376,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout377',
    parse: parseMarkup377,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout378',
    parse: parseMarkup378,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout379',
    parse: parseMarkup379,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout380',
    parse: parseMarkup380,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout381',
    parse: parseMarkup381,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout382',
    parse: parseMarkup382,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout383',
    parse: parseMarkup383,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout384',
    parse: parseMarkup384,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout385',
    parse: parseMarkup385,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout386',
    parse: parseMarkup386,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout387',
    parse: parseMarkup387,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout388',
    parse: parseMarkup388,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout389',
    parse: parseMarkup389,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout390',
    parse: parseMarkup390,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout391',
    parse: parseMarkup391,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout392',
    parse: parseMarkup392,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout393',
    parse: parseMarkup393,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout394',
    parse: parseMarkup394,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout395',
    parse: parseMarkup395,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout396',
    parse: parseMarkup396,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout397',
    parse: parseMarkup397,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout398',
    parse: parseMarkup398,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout399',
    parse: parseMarkup399,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout400',
    parse: parseMarkup400,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout401',
    parse: parseMarkup401,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout402',
    parse: parseMarkup402,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout403',
    parse: parseMarkup403,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout404',
    parse: parseMarkup404,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout405',
    parse: parseMarkup405,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout406',
    parse: parseMarkup406,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout407',
    parse: parseMarkup407,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout408',
    parse: parseMarkup408,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout409',
    parse: parseMarkup409,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout410',
    parse: parseMarkup410,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout411',
    parse: parseMarkup411,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout412',
    parse: parseMarkup412,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout413',
    parse: parseMarkup413,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout414',
    parse: parseMarkup414,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout415',
    parse: parseMarkup415,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout416',
    parse: parseMarkup416,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout417',
    parse: parseMarkup417,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout418',
    parse: parseMarkup418,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout419',
    parse: parseMarkup419,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout420',
    parse: parseMarkup420,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout421',
    parse: parseMarkup421,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout422',
    parse: parseMarkup422,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout423',
    parse: parseMarkup423,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout424',
    parse: parseMarkup424,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout425',
    parse: parseMarkup425,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout426',
    parse: parseMarkup426,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout427',
    parse: parseMarkup427,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout428',
    parse: parseMarkup428,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout429',
    parse: parseMarkup429,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout430',
    parse: parseMarkup430,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout431',
    parse: parseMarkup431,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout432',
    parse: parseMarkup432,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout433',
    parse: parseMarkup433,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout434',
    parse: parseMarkup434,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout435',
    parse: parseMarkup435,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout436',
    parse: parseMarkup436,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout437',
    parse: parseMarkup437,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout438',
    parse: parseMarkup438,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout439',
    parse: parseMarkup439,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout440',
    parse: parseMarkup440,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout441',
    parse: parseMarkup441,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout442',
    parse: parseMarkup442,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout443',
    parse: parseMarkup443,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout444',
    parse: parseMarkup444,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout445',
    parse: parseMarkup445,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout446',
    parse: parseMarkup446,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout447',
    parse: parseMarkup447,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout448',
    parse: parseMarkup448,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout449',
    parse: parseMarkup449,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout450',
    parse: parseMarkup450,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout451',
    parse: parseMarkup451,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout452',
    parse: parseMarkup452,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout453',
    parse: parseMarkup453,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout454',
    parse: parseMarkup454,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout455',
    parse: parseMarkup455,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout456',
    parse: parseMarkup456,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout457',
    parse: parseMarkup457,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout458',
    parse: parseMarkup458,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout459',
    parse: parseMarkup459,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout460',
    parse: parseMarkup460,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout461',
    parse: parseMarkup461,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout462',
    parse: parseMarkup462,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout463',
    parse: parseMarkup463,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout464',
    parse: parseMarkup464,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout465',
    parse: parseMarkup465,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout466',
    parse: parseMarkup466,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout467',
    parse: parseMarkup467,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout468',
    parse: parseMarkup468,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout469',
    parse: parseMarkup469,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout470',
    parse: parseMarkup470,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout471',
    parse: parseMarkup471,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout472',
    parse: parseMarkup472,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout473',
    parse: parseMarkup473,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout474',
    parse: parseMarkup474,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout475',
    parse: parseMarkup475,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout476',
    parse: parseMarkup476,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout477',
    parse: parseMarkup477,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout478',
    parse: parseMarkup478,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout479',
    parse: parseMarkup479,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout480',
    parse: parseMarkup480,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout481',
    parse: parseMarkup481,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout482',
    parse: parseMarkup482,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout483',
    parse: parseMarkup483,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout484',
    parse: parseMarkup484,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout485',
    parse: parseMarkup485,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout486',
    parse: parseMarkup486,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout487',
    parse: parseMarkup487,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout488',
    parse: parseMarkup488,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout489',
    parse: parseMarkup489,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout490',
    parse: parseMarkup490,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout491',
    parse: parseMarkup491,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout492',
    parse: parseMarkup492,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout493',
    parse: parseMarkup493,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout494',
    parse: parseMarkup494,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout495',
    parse: parseMarkup495,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout496',
    parse: parseMarkup496,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout497',
    parse: parseMarkup497,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout498',
    parse: parseMarkup498,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout499',
    parse: parseMarkup499,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout500',
    parse: parseMarkup500,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout501',
    parse: parseMarkup501,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout502',
    parse: parseMarkup502,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout503',
    parse: parseMarkup503,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout504',
    parse: parseMarkup504,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout505',
    parse: parseMarkup505,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout506',
    parse: parseMarkup506,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout507',
    parse: parseMarkup507,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout508',
    parse: parseMarkup508,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout509',
    parse: parseMarkup509,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout510',
    parse: parseMarkup510,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout511',
    parse: parseMarkup511,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout512',
    parse: parseMarkup512,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout513',
    parse: parseMarkup513,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout514',
    parse: parseMarkup514,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout515',
    parse: parseMarkup515,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout516',
    parse: parseMarkup516,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
  {
    set: 'holdout517',
    parse: parseMarkup517,
    expected: ['en-1', 'en-2', 'en-3', 'zh-1', 'zh-2', 'zh-3', 'zh-4', 'zh-5'],
  },
];

const KINDS = new Set(['figure', 'quote', 'company']);
const KEYS = new Set(['kind', 'start', 'end', 'text', 'optional', 'speaker', 'ticker', 'crosses_break']);
const OPEN = '“"「‘';
const CLOSE = '”"」’';

/** Every way a gold file breaks the format of GUIDELINE §0–§1 (empty when it is well formed). */
function formErrors(text: string, gold: { name: string; annotations: GoldSpan[] }): string[] {
  const errors: string[] = [];
  const spans = gold.annotations;
  spans.forEach((a, i) => {
    const at = `#${i} ${a.kind} ${a.start}-${a.end} ${JSON.stringify(a.text)}`;
    for (const k of Object.keys(a)) if (!KEYS.has(k)) errors.push(`${at}: unknown key ${k}`);
    if (!KINDS.has(a.kind)) errors.push(`${at}: bad kind`);
    if (
      !Number.isInteger(a.start) ||
      !Number.isInteger(a.end) ||
      a.start < 0 ||
      a.end > text.length ||
      a.start >= a.end
    )
      errors.push(`${at}: bad offsets`);
    if (text.slice(a.start, a.end) !== a.text) errors.push(`${at}: text does not match the offsets`);
    if (typeof a.optional !== 'boolean') errors.push(`${at}: optional is not a boolean`);
    if (/^\s|\s$/u.test(a.text)) errors.push(`${at}: whitespace at a span edge`);
    if ('speaker' in a && (a.kind !== 'quote' || !a.speaker?.trim()))
      errors.push(`${at}: speaker off a quote or empty`);
    if ('ticker' in a && (a.kind !== 'company' || !a.ticker?.trim()))
      errors.push(`${at}: ticker off a company or empty`);
    if ('crosses_break' in a && a.crosses_break !== true) errors.push(`${at}: crosses_break present but not true`);
    if (/[\r\n]/.test(a.text) !== (a.crosses_break === true))
      errors.push(`${at}: a line break inside a span needs crosses_break, and only then`);
    if (i > 0 && spans[i - 1].start > a.start) errors.push(`${at}: not sorted by start`);
    if (a.kind === 'quote') {
      // the marks are excluded: an opening mark right before; a closing mark right after, or the paragraph ends
      // and the next one reopens the quote (a quotation running over two paragraphs)
      const before = text[a.start - 1] ?? '';
      const after = text.slice(a.end, a.end + 3);
      if (!OPEN.includes(before)) errors.push(`${at}: no opening mark before the quote`);
      if (!CLOSE.includes(after[0] ?? '') && !/^\n\n[“"「]/u.test(after))
        errors.push(`${at}: no closing mark (or reopened paragraph) after the quote`);
    }
    if (a.ticker) {
      // the code is written in the brackets right after the name, not inside the span
      const rest = text.slice(a.end, a.end + 40).replace(/^ /u, '');
      if (!/^[（(]/u.test(rest) || !rest.split(/[)）]/u)[0].includes(a.ticker))
        errors.push(`${at}: ticker ${a.ticker} not in the brackets after the name`);
    }
  });
  // spans of the same kind never overlap unless one is optional; no span is given twice
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) {
      const [a, b] = [spans[i], spans[j]];
      if (a.kind !== b.kind) continue;
      if (a.start === b.start && a.end === b.end) errors.push(`duplicate ${a.kind} ${a.start}-${a.end}`);
      else if (a.start < b.end && b.start < a.end && !a.optional && !b.optional)
        errors.push(`overlapping ${a.kind} spans ${a.start}-${a.end} and ${b.start}-${b.end}`);
    }
  return errors;
}

const load = (dir: string, name: string) => ({
  text: readFileSync(join(dir, 'texts', `${name}.txt`), 'utf8'),
  gold: JSON.parse(readFileSync(join(dir, 'gold', `${name}.json`), 'utf8')) as {
    name: string;
    annotations: GoldSpan[];
  },
});

describe.each(SETS)('$set gold set: form', ({ set, parse, expected }) => {
  const DIR = join(__dirname, '../../fixtures', set);
  const names = readdirSync(join(DIR, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();

  it('has the eight articles, each with a text and a gold file', () => {
    expect(names).toEqual(expected);
    const texts = readdirSync(join(DIR, 'texts')).map((f) => basename(f, '.txt'));
    expect(texts.sort()).toEqual(names);
  });

  it.each(names)('%s: every span is well formed', (name) => {
    const { text, gold } = load(DIR, name);
    expect(gold.name).toBe(name);
    expect(gold.annotations.length).toBeGreaterThan(20);
    expect(JSON.stringify(gold.annotations)).not.toMatch(/[⟦⟧]/u); // no markup in a text or a speaker
    expect(formErrors(text, gold)).toEqual([]);
  });

  it.each(names)('%s: the text has the layout of GUIDELINE §0 and the agreed length', (name) => {
    const { text } = load(DIR, name);
    expect(text).not.toMatch(/[⟦⟧]/u); // no markup left over
    expect(text.startsWith('# ')).toBe(true);
    expect(text).not.toMatch(/\n{3,}/u); // blocks separated by one blank line
    if (name.startsWith('zh')) {
      expect(text.length).toBeGreaterThanOrEqual(1500);
      expect(text.length).toBeLessThanOrEqual(4000);
    } else {
      const words = text.split(/\s+/u).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(500);
      expect(words).toBeLessThanOrEqual(900);
    }
  });

  it.each(names)('%s: texts/ and gold/ are what build.mjs makes of src/ (nothing edited by hand)', (name) => {
    const src = readFileSync(join(DIR, 'src', `${name}.md`), 'utf8').replace(/\n$/u, '');
    const { text, annotations } = parse(src, name);
    const { text: committed, gold } = load(DIR, name);
    expect(committed).toBe(text);
    expect(gold.annotations).toEqual(annotations);
  });
});

describe('holdout2: the layout cases it was written to hold are still there', () => {
  const DIR2 = join(__dirname, '../../fixtures/holdout2');

  it('zh-e: a legal name split by a blank line, full-width digits, a photo credit and a duplicated paragraph', () => {
    const { text, gold } = load(DIR2, 'zh-e');
    const split = gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n'), a.ticker])).toEqual([['company', true, '301625.SZ']]);
    expect(gold.annotations.some((a) => a.kind === 'figure' && /^[０-９]/u.test(a.text))).toBe(true);
    expect(gold.annotations.find((a) => a.text === '视觉中国')?.optional).toBe(true);
    const blocks = text.split('\n\n');
    expect(blocks.some((b, i) => b.length > 50 && blocks.indexOf(b) !== i)).toBe(true);
  });

  it('en-c: a quotation that runs over two paragraphs is two spans with one speaker', () => {
    const { text, gold } = load(DIR2, 'en-c');
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n“', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
  });
});

describe('holdout3: the layout cases it was written to hold are still there', () => {
  const DIR3 = join(__dirname, '../../fixtures/holdout3');

  it('zh-4: a legal name split by a blank line, full-width digits, blocks broken mid-sentence, no court or bureau as a company', () => {
    const { text, gold } = load(DIR3, 'zh-4');
    const split = gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n')])).toEqual([['company', true]]);
    expect(gold.annotations.some((a) => a.kind === 'figure' && /^[０-９]/u.test(a.text))).toBe(true);
    expect(
      gold.annotations.filter((a) => a.kind === 'figure' && /^[两三四六九]/u.test(a.text) && !a.optional).length,
    ).toBeGreaterThan(2);
    // a block of running text (it has a comma) that stops without closing punctuation: the sentence goes on below
    const broken = text.split('\n\n').filter((b) => b.includes('，') && /[\p{Script=Han}，]$/u.test(b));
    expect(broken.length).toBeGreaterThanOrEqual(3);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    for (const body of ['岳溪市中级人民法院', '岳溪市财政局', '岳溪市国资委']) {
      expect(text).toContain(body);
      expect(companies.some((c) => body.includes(c) || c.includes(body))).toBe(false);
    }
  });

  it('en-3: a quotation that runs over two paragraphs is two spans with one speaker', () => {
    const { text, gold } = load(DIR3, 'en-3');
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n“', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
  });
});

describe('holdout4: the layout cases it was written to hold are still there', () => {
  const DIR4 = join(__dirname, '../../fixtures/holdout4');

  it('zh-4: a split legal name, full-width digits with a full-width comma, Chinese-numeral amounts, a caption credit, a duplicated block', () => {
    const { text, gold } = load(DIR4, 'zh-4');
    const split = gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n')])).toEqual([['company', true]]);
    // one amount written with a full-width thousands comma is one figure
    expect(gold.annotations.some((a) => a.kind === 'figure' && /^[０-９]+，[０-９]/u.test(a.text))).toBe(true);
    const chineseAmounts = gold.annotations.filter(
      (a) => a.kind === 'figure' && !a.optional && /^[一二三四五六七八九十百千]+[万亿]/u.test(a.text),
    );
    expect(chineseAmounts.length).toBeGreaterThan(2);
    expect(gold.annotations.find((a) => a.text === '东方IC')?.optional).toBe(true);
    const broken = text.split('\n\n').filter((b) => b.includes('，') && /[\p{Script=Han}，]$/u.test(b));
    expect(broken.length).toBeGreaterThanOrEqual(3);
    const blocks = text.split('\n\n');
    expect(blocks.some((b, i) => b.length > 50 && blocks.indexOf(b) !== i)).toBe(true);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    for (const body of ['岚港市交通运输局', '岚港海关', '交通运输部', '岚港市发展和改革委员会']) {
      expect(text).toContain(body);
      expect(companies.some((c) => body.includes(c) || c.includes(body))).toBe(false);
    }
  });

  it('en-3: a quotation that runs over two paragraphs is two spans with one speaker; no ministry is a company', () => {
    const { text, gold } = load(DIR4, 'en-3');
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n“', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    expect(companies.some((c) => /Ministry|Department|Bureau/u.test(c))).toBe(false);
    expect(companies.filter((c) => /(Corp|Co|Ltd|N\.V|AG)\.?$/u.test(c)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('holdout5: the layout cases it was written to hold are still there', () => {
  const DIR5 = join(__dirname, '../../fixtures/holdout5');

  it('zh-4: a legal name split by a blank line, a block broken mid-sentence, Chinese-numeral amounts, no regulator or exchange as a company', () => {
    const { text, gold } = load(DIR5, 'zh-4');
    const split = gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n')])).toEqual([['company', true]]);
    const broken = text.split('\n\n').filter((b) => b.includes('，') && /[\p{Script=Han}，]$/u.test(b));
    expect(broken.length).toBeGreaterThanOrEqual(2);
    const chineseAmounts = gold.annotations.filter(
      (a) => a.kind === 'figure' && !a.optional && /^[一二三四五六七八九十百千]+[万亿]/u.test(a.text),
    );
    expect(chineseAmounts.length).toBeGreaterThan(2);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    for (const body of ['中国证监会浙江监管局', '浙江证监局', '深圳证券交易所']) {
      expect(text).toContain(body);
      expect(companies.some((c) => body.includes(c) || c.includes(body))).toBe(false);
    }
  });

  it('zh-2: the fruit 苹果 is no company; en-2: a quotation that runs over two paragraphs is two spans with one speaker', () => {
    const zh = load(DIR5, 'zh-2');
    const apple = zh.text.indexOf('苹果');
    expect(apple).toBeGreaterThan(0);
    expect(zh.gold.annotations.some((a) => a.kind === 'company' && a.start <= apple && apple < a.end)).toBe(false);
    const { text, gold } = load(DIR5, 'en-2');
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n“', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
  });
});

describe('holdout6: the layout cases it was written to hold are still there', () => {
  const DIR6 = join(__dirname, '../../fixtures/holdout6');

  it('zh-4: a ticked legal name split by a blank line, full-width digits, Chinese-numeral amounts, no exchange, association or bureau as a company', () => {
    const { text, gold } = load(DIR6, 'zh-4');
    const split = gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n'), a.ticker])).toEqual([['company', true, '300917.SZ']]);
    expect(gold.annotations.some((a) => a.kind === 'figure' && /^[０-９]/u.test(a.text))).toBe(true);
    const chineseAmounts = gold.annotations.filter(
      (a) => a.kind === 'figure' && !a.optional && /^[一二三四五六七八九十百千]+[万亿]/u.test(a.text),
    );
    expect(chineseAmounts.length).toBeGreaterThan(2);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    for (const body of ['广州期货交易所', '中国有色金属工业协会锂业分会', '宜春市自然资源局', '中国汽车工业协会']) {
      expect(text).toContain(body);
      expect(companies.some((c) => body.includes(c) || c.includes(body))).toBe(false);
    }
  });

  it('zh-2 and en-2: a block broken mid-sentence; en-2: a quotation over two paragraphs is two spans with one speaker', () => {
    const zh = load(DIR6, 'zh-2').text.split('\n\n');
    expect(zh.filter((b) => b.includes('，') && /[\p{Script=Han}，]$/u.test(b)).length).toBeGreaterThanOrEqual(1);
    const { text, gold } = load(DIR6, 'en-2');
    expect(text.split('\n\n').filter((b) => b.includes(',') && /[a-z,]$/u.test(b)).length).toBeGreaterThanOrEqual(1);
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n“', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
  });
});

describe('holdout7: the layout cases it was written to hold are still there', () => {
  const DIR7 = join(__dirname, '../../fixtures/holdout7');

  it('zh-3: a legal name split by a blank line; no association, regulator or exchange as a company', () => {
    const { text, gold } = load(DIR7, 'zh-3');
    const split = gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n')])).toEqual([['company', true]]);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    for (const body of ['中国电动汽车充电基础设施促进联盟', '充电联盟', '国家能源局', '深圳证券交易所']) {
      expect(text).toContain(body);
      expect(companies.some((c) => body.includes(c) || c.includes(body))).toBe(false);
    }
  });

  it('zh-4 and zh-5: full-width digits, Chinese-numeral amounts, a block broken mid-sentence', () => {
    const zh4 = load(DIR7, 'zh-4');
    expect(zh4.gold.annotations.some((a) => a.kind === 'figure' && /^[０-９]/u.test(a.text))).toBe(true);
    const { text, gold } = load(DIR7, 'zh-5');
    const chineseAmounts = gold.annotations.filter(
      (a) => a.kind === 'figure' && !a.optional && /^[一二三四五六七八九十百千]+[万亿]/u.test(a.text),
    );
    expect(chineseAmounts.length).toBeGreaterThan(2);
    expect(text.split('\n\n').filter((b) => b.includes('，') && /[\p{Script=Han}，]$/u.test(b)).length).toBe(2);
  });

  it('en-2: a block broken mid-sentence; a quotation over two paragraphs is two spans with one speaker', () => {
    const { text, gold } = load(DIR7, 'en-2');
    expect(text.split('\n\n').filter((b) => b.includes(',') && /[a-z,]$/u.test(b)).length).toBeGreaterThanOrEqual(1);
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n"', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
  });
});

describe('holdout8: the layout cases it was written to hold are still there', () => {
  const DIR8 = join(__dirname, '../../fixtures/holdout8');

  it('zh-3: a legal name split by a blank line; zh-4: full-width digits; zh-5: Chinese-numeral amounts, a block broken mid-sentence, no regulator as a company', () => {
    const zh3 = load(DIR8, 'zh-3');
    const split = zh3.gold.annotations.filter((a) => a.crosses_break);
    expect(split.map((a) => [a.kind, a.text.includes('\n\n')])).toEqual([['company', true]]);
    const zh4 = load(DIR8, 'zh-4');
    expect(zh4.gold.annotations.some((a) => a.kind === 'figure' && /^[０-９]/u.test(a.text))).toBe(true);
    const { text, gold } = load(DIR8, 'zh-5');
    const chineseAmounts = gold.annotations.filter(
      (a) => a.kind === 'figure' && !a.optional && /^[一二三四五六七八九十百千]+[万亿]/u.test(a.text),
    );
    expect(chineseAmounts.length).toBeGreaterThan(2);
    expect(text.split('\n\n').filter((b) => b.includes('，') && /[\p{Script=Han}，]$/u.test(b)).length).toBe(1);
    const companies = gold.annotations.filter((a) => a.kind === 'company').map((a) => a.text);
    expect(text).toContain('国家金融监督管理总局');
    expect(companies.some((c) => '国家金融监督管理总局'.includes(c) || c.includes('监督管理'))).toBe(false);
  });

  it('en-2: a block broken mid-sentence; a quotation over two paragraphs is two spans with one speaker', () => {
    const { text, gold } = load(DIR8, 'en-2');
    expect(text.split('\n\n').filter((b) => b.includes(',') && /[a-z,]$/u.test(b)).length).toBeGreaterThanOrEqual(1);
    const open = gold.annotations.filter((a) => a.kind === 'quote' && text.startsWith('\n\n"', a.end));
    expect(open).toHaveLength(1);
    const next = gold.annotations.find((a) => a.kind === 'quote' && a.start === open[0].end + 3);
    expect(next?.speaker).toBe(open[0].speaker);
  });
});

describe('holdout gold checks', () => {
  it('the checks catch a span shifted by one, a speaker on a company and an overlap', () => {
    const { text, gold } = load(join(__dirname, '../../fixtures/holdout'), 'zh-1');
    const shifted = gold.annotations.map((a, i) => (i === 3 ? { ...a, start: a.start + 1 } : a));
    expect(formErrors(text, { ...gold, annotations: shifted }).join('\n')).toMatch(/does not match the offsets/);
    const company = gold.annotations.find((a) => a.kind === 'company')!;
    const withSpeaker = gold.annotations.map((a) => (a === company ? { ...a, speaker: 'x' } : a));
    expect(formErrors(text, { ...gold, annotations: withSpeaker }).join('\n')).toMatch(/speaker off a quote/);
    const fig = gold.annotations.find((a) => a.kind === 'figure' && !a.optional && a.text.length > 2)!;
    const inner = { ...fig, start: fig.start + 1, text: text.slice(fig.start + 1, fig.end) };
    const overlapping = [...gold.annotations, inner].sort((a, b) => a.start - b.start);
    expect(formErrors(text, { ...gold, annotations: overlapping }).join('\n')).toMatch(/overlapping figure/);
  });
});

describe('holdout markup: parseMarkup', () => {
  it('nests spans, keeps UTF-16 offsets, and marks optional spans, speakers, tickers and layout breaks', () => {
    const { text, annotations } = parseMarkup(
      '⟦c{t=600782.SH}:华屹股份⟧（600782.SH）称：“⟦q{s=沈家栋}:营收⟦f:26.8亿元⟧，𠀀⟦f?:两家⟧⟧”\n\n⟦c:浙江禾丰零部\n\n件有限公司⟧',
    );
    expect(text).toBe('华屹股份（600782.SH）称：“营收26.8亿元，𠀀两家”\n\n浙江禾丰零部\n\n件有限公司');
    const pick = (a: GoldSpan) => [a.kind, a.text, a.optional, a.speaker, a.ticker, a.crosses_break];
    expect(annotations.map(pick)).toEqual([
      ['company', '华屹股份', false, undefined, '600782.SH', undefined],
      ['quote', '营收26.8亿元，𠀀两家', false, '沈家栋', undefined, undefined],
      ['figure', '26.8亿元', false, undefined, undefined, undefined],
      ['figure', '两家', true, undefined, undefined, undefined],
      ['company', '浙江禾丰零部\n\n件有限公司', false, undefined, undefined, true],
    ]);
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    // the character outside the BMP counts as two UTF-16 units
    expect(annotations[3].start - annotations[1].start).toBe('营收26.8亿元，𠀀'.length);
  });

  it('refuses unbalanced markup and attributes on the wrong kind', () => {
    expect(() => parseMarkup('⟦f:12亿元')).toThrow(/unclosed/);
    expect(() => parseMarkup('12亿元⟧')).toThrow(/unbalanced/);
    expect(() => parseMarkup('⟦f{s=x}:12亿元⟧')).toThrow(/speaker on a non-quote/);
    expect(() => parseMarkup2('⟦q{s=经营⟦c:岩台⟧酒的经销商}:好⟧')).toThrow(/markup inside an attribute/);
  });
});
