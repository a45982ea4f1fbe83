#!/bin/sh
# Builds the .deb from the app image that -Pjpackage made and trained, so the package carries the image's start-up
# cache: jpackage --type deb --app-image, with the jpackage of the JDK running Maven.
# A Java 25 AOT cache stays valid when the image is installed under /opt; a Java 17 CDS archive names the jar by
# its build path, so on a Java 17 runtime the package is made from a copy without the archive.
# Usage: deb.sh APP_IMAGE_DIR DEST_DIR JDK_HOME VERSION ICON
set -eu
image="$1"
dest="$2"
jdk="$3"
version="$4"
icon="$5"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release" 2>/dev/null)
major="${major:-17}"
src="$image"
tmp=""
if [ "$major" -lt 25 ]; then
    tmp=$(mktemp -d)
    cp -a "$image" "$tmp/"
    src="$tmp/$(basename "$image")"
    rm -f "$src/lib/app/storycompare.jsa"
    sed -i '/SharedArchiveFile/d' "$src"/lib/app/*.cfg
fi
mkdir -p "$dest"
rm -f "$dest"/*.deb
"$jdk/bin/jpackage" --type deb --app-image "$src" --name StoryCompare --app-version "$version" --dest "$dest" \
    --vendor StoryCompare --description "Compare how several outlets reported one story" --icon "$icon" \
    --linux-package-deps "libgtk-3-0, libxtst6" --linux-shortcut --linux-menu-group Office \
    --linux-app-category editors
[ -n "$tmp" ] && rm -rf "$tmp"
ls "$dest"/*.deb
