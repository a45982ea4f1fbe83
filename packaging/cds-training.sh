#!/bin/sh
# Records a class-data-sharing (AppCDS) archive for the app image: starts the packaged app once on the bundled
# articles with -XX:ArchiveClassesAtExit (it quits by itself once the first pair is highlighted, see
# -Dstorycompare.cdsTraining) and, when the archive was written, adds -XX:SharedArchiveFile to the launcher's
# java options. Needs a display: uses $DISPLAY, else starts Xvfb; with neither it skips (the app then starts
# without the archive, just slower). Never fails the build.
# The archive names the jar by its absolute path (JDK 17): after moving or copying the image, run this again.
# Usage: cds-training.sh APP_IMAGE_DIR   (e.g. target/dist/StoryCompare)
set -u
app="$1"
launcher=$(ls "$app"/bin/* 2>/dev/null | head -n 1)
name=$(basename "${launcher:-none}")
cfg="$app/lib/app/$name.cfg"
jsa="$app/lib/app/storycompare.jsa"
if [ ! -x "$launcher" ] || [ ! -f "$cfg" ]; then
    echo "cds-training: no app image at $app: skipped"
    exit 0
fi
# an archive recorded elsewhere (the image was moved) no longer matches: record it again
sed -i '/SharedArchiveFile/d' "$cfg"
xvfb=""
if [ -z "${DISPLAY:-}" ]; then
    if ! command -v Xvfb >/dev/null 2>&1; then
        echo "cds-training: no DISPLAY and no Xvfb: skipped (the app image works, it starts without the archive)"
        exit 0
    fi
    for n in 91 92 93 94 95 96 97; do
        if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
            DISPLAY=":$n"
            break
        fi
    done
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY
    sleep 1
fi
rm -f "$jsa"
echo "cds-training: starting $launcher on $DISPLAY to record $jsa"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dstorycompare.cdsTraining=true -Dprism.order=sw" \
    timeout 180 "$launcher" >/dev/null 2>&1
status=$?
[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
if [ -s "$jsa" ]; then
    # [JavaOptions] is the cfg's last section: the option belongs to it
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/storycompare.jsa\n' >> "$cfg"
    echo "cds-training: archive written ($(du -k "$jsa" | cut -f1) KB), $cfg uses it"
else
    rm -f "$jsa"
    echo "cds-training: no archive written (exit status $status): skipped"
fi
exit 0
