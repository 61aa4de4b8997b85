# names -> specs (sourced by repro.sh and batch.sh)
spec() { case $1 in
  homework) echo "homework,keys=4,days=2,sess=300";;
  homework_mx2k) echo "homework,keys=4,days=2,sess=300,mx=2048";;
  homework_2d) echo "homework,keys=4,days=2,sess=150";;
  batch_550) echo "batch,kind=gen,keys=4,days=2,lines=550";;
  homework_short) echo "homework,keys=4,days=2,sess=300,qLo=2,qHi=4";;
  multi) echo "multi,keys=4,days=2,sess=60";;
  multi_seq) echo "multi,keys=4,days=2,sess=60,seq=1";;
  think_code_msgs) echo "think,agent=code,api=messages,keys=4,days=2,sess=6,steps=10:40,think=16000";;
  think_sql_resp) echo "think,agent=sql,api=responses,rid=1,keys=4,days=2,sess=30,effort=high,summary=1";;
  think_sql_chat) echo "think,agent=sql,api=chat,keys=4,days=2,sess=30,effort=high";;
  batch_gen) echo "batch,kind=gen,keys=4,days=2,lines=1500";;
  batch_sum) echo "batch,kind=sum,keys=4,days=2,lines=800";;
  batch_cls_msgs) echo "batch,kind=cls,api=messages,keys=4,days=2,lines=2000";;
  voice) echo "voice,keys=4,days=2,sess=250";;
  rag) echo "rag,keys=4,days=2,sess=150";;
  translate) echo "translate,keys=4,days=2,sess=5";;
  qa) echo "qa,keys=3,days=3,set=200";;
  escalate) echo "escalate,keys=4,days=2,sess=300";;
  compact) echo "compact,keys=4,days=2,sess=8,steps=20:60";;
  compact_clear) echo "compact,mode=clear,keys=4,days=2,sess=8,steps=20:60";;
  *) echo "unknown $1" >&2; exit 1;; esac; }
