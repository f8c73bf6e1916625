#!/usr/bin/env bash
# Builds Uplift's native app image, and a Linux .deb, with the JDK's jpackage.
# Usage (from anywhere):  packaging/package.sh [app-image|deb|all]      default: all
# Needs: JDK 17 (jpackage); for the .deb also dpkg-deb and fakeroot (Debian's dpkg and fakeroot packages).
# Output: packaging/target/uplift/ (the app image: bin/uplift runs it) and packaging/target/uplift_*.deb
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
what="${1:-all}"
version="0.1.0"
out="$here/target"

(cd "$root" && ./mvnw -q -B -DskipTests package)

# the app's jar, its libraries and the sample it opens on first start
input="$out/input"
rm -rf "$out"
mkdir -p "$input"
cp "$root/app/target/uplift-app.jar" "$root"/app/target/lib/*.jar "$input/"
cp -r "$root/resources/sample-order-platform" "$input/"

common=(--name uplift --app-version "$version" --vendor "Uplift" --icon "$here/uplift.png"
  --description "Tells how far a codebase is from production-ready and plans the upgrade"
  --input "$input" --main-jar uplift-app.jar --main-class dev.uplift.app.Main
  # the heap bound and the bundled sample, as ./uplift sets them ($APPDIR is the app's own folder)
  --java-options "-Xmx1g" --java-options "-Duplift.sample=\$APPDIR/sample-order-platform"
  --dest "$out")

if [ "$what" = "app-image" ] || [ "$what" = "all" ]; then
  jpackage --type app-image "${common[@]}"
  echo "app image: $out/uplift (run $out/uplift/bin/uplift)"
fi
if [ "$what" = "deb" ] || [ "$what" = "all" ]; then
  jpackage --type deb "${common[@]}" --linux-shortcut --linux-menu-group "Development" \
    --linux-app-category devel --linux-package-name uplift
  echo "package: $(ls "$out"/uplift_*.deb)"
fi
