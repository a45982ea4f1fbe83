#!/bin/sh
# Records what makes the app image start fast: starts the packaged app once on the bundled articles (it quits by
# itself once the first pair is highlighted, see -Dstorycompare.cdsTraining) and adds the result to the
# launcher's java options.
# - Runtime of Java 25 or later: an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles),
#   -XX:AOTCacheOutput, then -XX:AOTCache. It stays valid when the image is moved or copied.
# - Java 17 to 24: a dynamic class-data-sharing archive, -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile.
#   It names the jar by its absolute path: after moving or copying the image, run this again.
# Also adds the runtime's own options (Java 24+: native access and sun.misc.Unsafe allowed, so no warnings).
# Needs a display: uses $DISPLAY, else starts Xvfb; with neither it skips (the app then starts without the
# cache, just slower). Never fails the build.
# Usage: cds-training.sh APP_IMAGE_DIR   (e.g. target/dist/StoryCompare)
set -u
app="$1"
launcher=$(ls "$app"/bin/* 2>/dev/null | head -n 1)
name=$(basename "${launcher:-none}")
cfg="$app/lib/app/$name.cfg"
release="$app/lib/runtime/release"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null)
major="${major:-17}"
if [ "$major" -ge 25 ]; then
    jsa="$app/lib/app/storycompare.aot"
    record="-XX:AOTCacheOutput=$jsa -Xlog:aot=off -Xlog:cds=off"
    use='java-options=-XX:AOTCache=$APPDIR/storycompare.aot'
else
    jsa="$app/lib/app/storycompare.jsa"
    record="-XX:ArchiveClassesAtExit=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
    use='java-options=-XX:SharedArchiveFile=$APPDIR/storycompare.jsa'
fi
if [ ! -x "$launcher" ] || [ ! -f "$cfg" ]; then
    echo "cds-training: no app image at $app: skipped"
    exit 0
fi
# an archive recorded elsewhere (the image was moved) no longer matches: record it again
sed -i '/SharedArchiveFile/d; /AOTCache/d; /enable-native-access/d; /sun-misc-unsafe-memory-access/d' "$cfg"
rm -f "$app/lib/app/storycompare.jsa" "$app/lib/app/storycompare.aot"
if [ "$major" -ge 24 ]; then
    # [JavaOptions] is the cfg's last section: the options belong to it. JavaFX 21 loads its natives with
    # System.loadLibrary and Marlin uses sun.misc.Unsafe memory access: both warn on Java 24+ unless allowed.
    printf 'java-options=--enable-native-access=ALL-UNNAMED\njava-options=--sun-misc-unsafe-memory-access=allow\n' >> "$cfg"
fi
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
echo "cds-training: starting $launcher (Java $major) on $DISPLAY to record $jsa"
JAVA_TOOL_OPTIONS="$record -Dstorycompare.cdsTraining=true -Dprism.order=sw" \
    timeout 180 "$launcher" >/dev/null 2>&1
status=$?
[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
if [ -s "$jsa" ]; then
    # [JavaOptions] is the cfg's last section: the option belongs to it
    printf '%s\n' "$use" >> "$cfg"
    echo "cds-training: archive written ($(du -k "$jsa" | cut -f1) KB), $cfg uses it"
else
    rm -f "$jsa"
    echo "cds-training: no archive written (exit status $status): skipped"
fi
exit 0
