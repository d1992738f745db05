#!/bin/sh
# Prepares an OpenCode workspace before the server starts. Runs as the server's uid.
#
# - First boot: clones the repository into WORKTREE, a folder this uid creates inside the mounted
#   volume. The mount point itself is a subPath directory the kubelet created, owned by root; git run
#   by another uid refuses such a work tree ("detected dubious ownership"), and a fresh volume root
#   holds lost+found, so the mount point is never the clone target.
# - Later boots: fast-forwards the work tree, and only when it is clean; the agent's uncommitted
#   work is never touched.
# - Seeds OpenCode's auth.json once, mode 0600. OpenCode refreshes tokens in that file, so an
#   existing one is never overwritten.
#
# The token is handed to git per command by a credential helper that reads the mounted secret file;
# it is never written to .git/config or into a remote URL.
# This script contains no brace-style variable expansion: Flux postBuild substitution rewrites every
# such expression in the manifests it applies, this script included.
set -eu

umask 0027

# shellcheck disable=SC2016 # expanded by the shell git starts for the helper, not by this one
token_helper='!f() { test "$1" = get || return 0; echo username=x-access-token; printf "password=%s\n" "$(cat "$GIT_TOKEN_FILE")"; }; f'

git_with_token() {
  git -c credential.helper= -c "credential.helper=$token_helper" "$@"
}

if [ -d "$WORKTREE/.git" ]; then
  if [ -n "$(git -C "$WORKTREE" status --porcelain)" ]; then
    echo "git-sync: $WORKTREE has local changes; left as it is"
  elif git_with_token -C "$WORKTREE" pull --ff-only --quiet; then
    echo "git-sync: $WORKTREE is up to date with $GIT_BRANCH"
  else
    echo "git-sync: $WORKTREE cannot be fast-forwarded; left as it is"
  fi
elif [ -e "$WORKTREE" ]; then
  echo "git-sync: $WORKTREE exists but is not a git work tree; refusing to touch it" >&2
  exit 1
else
  partial="$WORKTREE.partial"
  rm -rf "$partial"
  git_with_token clone --quiet --branch "$GIT_BRANCH" -- "$GIT_REPOSITORY_URL" "$partial"
  mv "$partial" "$WORKTREE"
  echo "git-sync: cloned $GIT_BRANCH into $WORKTREE"
fi

if [ ! -e "$AUTH_FILE" ] && [ -s "$AUTH_SEED_FILE" ]; then
  mkdir -p "$(dirname "$AUTH_FILE")"
  seed="$AUTH_FILE.seed"
  (umask 0077 && cat "$AUTH_SEED_FILE" > "$seed")
  chmod 0600 "$seed"
  mv "$seed" "$AUTH_FILE"
  echo "git-sync: seeded $AUTH_FILE"
fi
