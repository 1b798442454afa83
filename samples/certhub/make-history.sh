#!/usr/bin/env bash
# Builds a throwaway git repository from the sample: one commit and tag per release (see
# history/README.md), the chart's appVersion following along. Dates and authors are fixed, so the
# repository is the same on every run.
#   samples/certhub/make-history.sh <new folder>
set -euo pipefail
sample=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: make-history.sh <new folder>}
if [ -e "$target" ] && [ -n "$(ls -A "$target" 2>/dev/null)" ]; then
  echo "make-history: $target exists and is not empty" >&2
  exit 2
fi

mkdir -p "$target/migrations" "$target/chart"
cd "$target"
export GIT_AUTHOR_NAME="certhub release bot" GIT_AUTHOR_EMAIL="releases@certhub.example"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
git init --quiet --initial-branch=main
git config core.autocrlf false

release() { # tag, day, first version, last version
  local tag=$1 day=$2 first=$3 last=$4
  for version in $(seq -f %06g "$first" "$last"); do
    cp "$sample"/migrations/"$version"_* migrations/
  done
  sed "s/^appVersion: .*/appVersion: \"${tag#v}\"/" "$sample/chart/Chart.yaml" > chart/Chart.yaml
  commit "$tag" "$day" "certhub $tag"
}

commit() { # tag, day, message
  export GIT_AUTHOR_DATE="2026-0$2T12:00:00Z" GIT_COMMITTER_DATE="2026-0$2T12:00:00Z"
  git add --all
  git commit --quiet --message "$3"
  git tag "$1"
}

release v1.0.0 1-15 1 4
release v1.1.0 3-02 5 7
release v1.2.0 5-11 8 10
release v1.3.0 7-20 11 12

# v1.3.1 adds a migration and, against the rules, edits one that shipped in v1.1.0.
cp "$sample"/history/v1.3.1/*.sql migrations/
sed "s/^appVersion: .*/appVersion: \"1.3.1\"/" "$sample/chart/Chart.yaml" > chart/Chart.yaml
commit v1.3.1 8-03 "certhub v1.3.1"
echo "make-history: $(git tag | tr '\n' ' ')in $target"
