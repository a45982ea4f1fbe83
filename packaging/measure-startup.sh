#!/bin/sh
# Measures cold start to the first highlighted pair: starts the app N times on the bundled articles, each run
# quitting by itself once the first pair is highlighted, and prints each time and the median.
# Usage: packaging/measure-startup.sh N jar|image
#   jar:   java -XX:+UseSerialGC -jar target/storycompare.jar articles   (mvn package first)
#   image: target/dist/StoryCompare/bin/StoryCompare                     (mvn -Pjpackage package first)
# Needs a display ($DISPLAY, e.g. Xvfb :99). The figures count from JVM start (the JVM's own start time).
set -u
n="${1:-5}"
kind="${2:-image}"
props="-Dprism.order=sw -Dstorycompare.timing=true -Dstorycompare.cdsTraining=true"
times=""
i=1
while [ "$i" -le "$n" ]; do
    if [ "$kind" = jar ]; then
        out=$(java -XX:+UseSerialGC $props -jar target/storycompare.jar articles 2>&1)
    else
        out=$(JAVA_TOOL_OPTIONS="$props" target/dist/StoryCompare/bin/StoryCompare 2>&1)
    fi
    ms=$(printf '%s\n' "$out" | sed -n 's/^first-highlight-ms=//p')
    cpu=$(printf '%s\n' "$out" | sed -n 's/^process-cpu-ms=//p')
    echo "run $i: first highlighted pair at ${ms:-?} ms (process CPU ${cpu:-?} ms)"
    [ -n "$ms" ] && times="$times $ms"
    i=$((i + 1))
done
printf '%s\n' $times | sort -n | awk '{a[NR]=$1} END {if (NR) print "median of " NR ": " a[int((NR+1)/2)] " ms"}'
