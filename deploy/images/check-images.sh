#!/usr/bin/env bash
# Checks the images `./quotetrail images` wrote to target/images: each tarball's config runs the service as user
# 185 with a java entrypoint, and its layers, unpacked in order into a directory, are a filesystem where that
# entrypoint's java runs (unshare + chroot, as user 185) and the application jar it names exists. Needs root for chroot.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(pwd)/target/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL $image: $*" >&2; exit 1; }
json_array() { grep -o "\"$1\":\[[^]]*\]" | head -1 | sed "s/^\"$1\":\[//; s/\]$//"; }   # "Key":[...] → its items

for image in gateway quote-service source-service; do
  archive=$OUT/$image.tar
  [ -f "$archive" ] || fail "no $archive (run ./quotetrail images first)"
  dir=$work/$image
  mkdir -p "$dir/archive" "$dir/rootfs"
  tar -C "$dir/archive" -xf "$archive"
  manifest=$(cat "$dir/archive/manifest.json")
  config_file=$(grep -o '"Config":"[^"]*"' <<<"$manifest" | cut -d'"' -f4)
  config=$(cat "$dir/archive/$config_file")
  user=$(grep -o '"User":"[^"]*"' <<<"$config" | cut -d'"' -f4)
  [ "$user" = 185 ] || fail "runs as user '$user', not 185"
  mapfile -t entrypoint < <(json_array Entrypoint <<<"$config" | grep -o '"[^"]*"' | tr -d '"')
  [ ${#entrypoint[@]} -gt 0 ] || fail "no entrypoint"
  workdir=$(grep -o '"WorkingDir":"[^"]*"' <<<"$config" | cut -d'"' -f4)
  mapfile -t layers < <(json_array Layers <<<"$manifest" | grep -o '"[^"]*"' | tr -d '"')
  for layer in "${layers[@]}"; do   # base first; Jib's layers add files and delete none (no whiteouts)
    tar --warning=no-unknown-keyword --numeric-owner -C "$dir/rootfs" -xf "$dir/archive/$layer"
  done
  rm -rf "$dir/archive"
  jar=""
  for ((i = 0; i < ${#entrypoint[@]}; i++)); do
    [ "${entrypoint[$i]}" = -jar ] && jar=${entrypoint[$((i + 1))]}
  done
  [ -n "$jar" ] || fail "entrypoint names no -jar: ${entrypoint[*]}"
  case $jar in /*) ;; *) jar=$workdir/$jar ;; esac
  [ -f "$dir/rootfs$jar" ] || fail "application jar $jar is not in the image"
  mapfile -t env < <(json_array Env <<<"$config" | grep -o '"[^"]*"' | tr -d '"')
  # The entrypoint's java, found on the image's PATH from its working directory, as user 185; with /proc
  # mounted as a container runtime does (the dynamic loader finds java's libjli.so through /proc/self/exe).
  in_image() { unshare --mount --pid --fork --mount-proc="$dir/rootfs/proc" chroot --userspec=185:0 "$dir/rootfs" /usr/bin/env -i "${env[@]}" /bin/sh -c 'cd "$0" && exec "$@"' "$workdir" "$@"; }
  java_version=$(in_image "${entrypoint[0]}" -version 2>&1 | head -1) || fail "java does not run in the image: $java_version"
  echo "ok $image: $(( $(du -sk "$dir/rootfs" | cut -f1) / 1024 )) MB unpacked, ${#layers[@]} layers, user $user," \
    "entrypoint ${entrypoint[*]}, $jar present, $java_version"
  rm -rf "$dir"
done
