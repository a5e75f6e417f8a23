#!/bin/bash
# usage: timeit.sh BINARY  — times `veille build` on each payload alone (60 s cap)
BIN=$1
for f in papers/*.md; do
  d=$(mktemp -d); mkdir -p $d/in/papers; cp $f $d/in/papers/
  s=$(date +%s.%N)
  timeout 60 $BIN build $d/in --out $d/out -q > $d/log 2>&1; rc=$?
  e=$(date +%s.%N)
  printf "%-16s %6.2f s rc=%s %s\n" $(basename $f) $(echo "$e - $s" | bc) $rc "$(grep -o 'error\[[a-z_]*\]\|warning\[[a-z_]*\]' $d/log | sort -u | tr '\n' ' ')"
  rm -rf $d
done
