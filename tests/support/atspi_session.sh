#!/usr/bin/env bash
# Inside a private D-Bus session (dbus-run-session): a virtual screen, the at-spi bus, the app in demo
# mode logged in as $3, and the walker printing its accessibility tree to $5.
#   atspi_session.sh DISPLAY DATA_DIR LOGIN LANGUAGE OUTPUT PYTHON
set -u
display=$1 data=$2 login=$3 language=$4 output=$5 python=$6
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
unset QT_QPA_PLATFORM
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
"$python" -m ui --data-dir "$data" --language "$language" --demo-login "$login" --demo-flats 12 >"$data.log" 2>&1 &
app=$!
/usr/bin/python3 "$(dirname "$0")/atspi_walk.py" personal-account 180 >"$output"
walked=$?
kill "$app" "$bus" "$xvfb" 2>/dev/null
wait "$app" 2>/dev/null
exit $walked
