#!/usr/bin/env bash
# Renders the GUI in a real window under Xvfb and saves the screenshots in this folder.
# Needs: apt-get install xvfb xauth libgtk-3-0 imagemagick xdotool
# Usage: docs/screenshots/capture.sh   (from the repository root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/docs/screenshots"
home="$(mktemp -d)"
n=90
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
display=":$n"

Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; [ -n "${app:-}" ] && kill $app 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
export DISPLAY="$display"

# the id of the Uplift window once it is open (empty after a minute without one)
wait_for_window() {
  local id=""
  for _ in $(seq 1 120); do
    id=$(xdotool search --name "^Uplift" 2>/dev/null | head -n 1 || true)
    [ -n "$id" ] && break
    sleep 0.5
  done
  echo "$id"
}

# a stored assessment and plan, so every view has something to show
UPLIFT_HOME="$home" "$root/uplift" plan "$root/resources/sample-order-platform" >/dev/null
UPLIFT_HOME="$home" "$root/uplift" kpi "$root/resources/sample-order-platform" --set uptime=99.95 \
  --set error-rate=0.4 >/dev/null
UPLIFT_HOME="$home" UPLIFT_JAVA_OPTS="-Dprism.order=sw" "$root/uplift" >/dev/null 2>&1 &
app=$!
window=$(wait_for_window)
[ -n "$window" ] || { echo "no Uplift window appeared" >&2; exit 1; }
xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
sleep 2
import -window root "$out/overview.png"
xdotool mousemove --window "$window" 700 450 click --repeat 8 5
sleep 1
import -window root "$out/overview-lower.png"
xdotool key --window "$window" ctrl+2
sleep 1.5
xdotool mousemove --window "$window" 640 555 click 1   # a finding: its rule explained below
sleep 1
import -window root "$out/components.png"
xdotool mousemove --window "$window" 260 268 click 1   # analytics (Python)
sleep 1
import -window root "$out/components-python.png"
xdotool mousemove --window "$window" 536 409 click 1   # its About tab: stub split, simulated functions
sleep 1
import -window root "$out/component-about.png"
xdotool mousemove --window "$window" 210 409 click 1   # back to Findings
xdotool mousemove --window "$window" 260 244 click 1   # order-dashboard (TypeScript)
sleep 1
import -window root "$out/components-typescript.png"
xdotool mousemove --window "$window" 260 196 click 1   # order-service
xdotool mousemove --window "$window" 391 409 click 1   # its Checklist tab
sleep 1
import -window root "$out/component-checklist.png"
xdotool key --window "$window" ctrl+3
sleep 1.5
import -window root "$out/plan.png"
xdotool key --window "$window" ctrl+4
sleep 1.5
xdotool mousemove --window "$window" 700 118 click 1   # the first finding: its source below
sleep 1
import -window root "$out/findings.png"
xdotool mousemove --window "$window" 458 19 click 1   # the Export menu
sleep 1
import -window root "$out/export-menu.png"
xdotool key --window "$window" Escape
xdotool key --window "$window" ctrl+5
sleep 1.5
import -window root "$out/matrix.png"
xdotool key --window "$window" ctrl+6
sleep 1.5
import -window root "$out/timeline.png"
xdotool key --window "$window" ctrl+8
sleep 1.5
import -window root "$out/standard.png"
xdotool key --window "$window" ctrl+1
xdotool mousemove --window "$window" 700 450 click --repeat 10 4   # back to the top
xdotool key --window "$window" ctrl+shift+d              # the dark theme
sleep 1.5
import -window root "$out/overview-dark.png"
# the same plan time-boxed to ten weeks: what fits, what is deferred and why
kill $app 2>/dev/null; wait $app 2>/dev/null || true
UPLIFT_HOME="$home" "$root/uplift" plan "$root/resources/sample-order-platform" --weeks 2 >/dev/null
UPLIFT_HOME="$home" UPLIFT_JAVA_OPTS="-Dprism.order=sw" "$root/uplift" >/dev/null 2>&1 &
app=$!
window=$(wait_for_window)
xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
sleep 2
xdotool key --window "$window" ctrl+3
sleep 1.5
xdotool mousemove --window "$window" 700 560 click --repeat 12 5   # down to the deferred steps
sleep 1
import -window root "$out/plan-time-box.png"
echo "saved overview.png, overview-lower.png, components.png, components-python.png, component-about.png," \
  "components-typescript.png," \
  "component-checklist.png, plan.png, plan-time-box.png, findings.png, export-menu.png, matrix.png, timeline.png, standard.png and" \
  "overview-dark.png in $out (trends.png needs a history: './uplift snapshot DIR --out FOLDER' after a few" \
  "assessments; report-*.png are pages of 'export --pdf' rendered with pdftoppm)"
