#!/usr/bin/env bash
# A real Slurm, on this machine, for one test:
#   install Debian's slurm-wlm and munge if missing (root), start munged, slurmctld and
#   slurmd for a single node on localhost with a minimal configuration of their own in a
#   temporary folder, submit scripts/slurm/exoworld-array.sbatch as a 4-task array over a
#   folder of >= 20 stars, wait, merge the shards, compare with a single-process run
#   (identical star rows and candidates), and stop every daemon started here.
#
# usage: run_slurm_test.sh EXOWORLD_CLI INPUT_FOLDER [SOURCE_DIR]
# Exit 0 pass, 1 fail, 77 skipped (not root and Slurm missing).
set -uo pipefail

cli=$(readlink -f "$1")
input=$(readlink -f "$2")
src=$(readlink -f "${3:-$(dirname "$0")/../..}")
sbatch_script="$src/scripts/slurm/exoworld-array.sbatch"
opts=(--max-planets 1)   # keeps the test short; the comparison is what matters

fail() { echo "FAIL: $*" >&2; exit 1; }

# --- packages --------------------------------------------------------------
need=()
for p in slurm-wlm munge; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "SKIP: ${need[*]} not installed and not root (apt-get install ${need[*]})"
        exit 77
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1 ||
        { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; } ||
        fail "cannot install ${need[*]}"
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: the single-node Slurm test runs its daemons as root"
    exit 77
fi
for b in munged slurmctld slurmd sbatch squeue; do
    command -v "$b" >/dev/null || fail "$b not found after installing slurm-wlm and munge"
done

# --- a private cluster in a temporary folder ----------------------------------
work=$(mktemp -d /tmp/exoworld-slurm.XXXXXX)
chmod 700 "$work"
pids=()
job=
cleanup() {
    local rc=$?
    if [[ -n $job ]] && [[ -n $(squeue -h -j "$job" 2>/dev/null) ]]; then
        scancel "$job" 2>/dev/null   # the job's steps (slurmstepd) go before the daemons
        for _ in $(seq 100); do [[ -z $(squeue -h -j "$job" 2>/dev/null) ]] && break; sleep 0.1; done
    fi
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null
    done
    if [[ $rc -ne 0 ]]; then
        for f in "$work"/*.log "$work"/out/task-*.log; do
            [[ -f $f ]] && { echo "== $f"; tail -n 30 "$f"; }
        done
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 1' INT TERM

mkdir -p "$work"/{state,spool,munge,out}
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --foreground --key-file="$work/munge/munge.key" --socket="$work/munge/munge.socket" \
    --pid-file="$work/munge/munged.pid" --log-file="$work/munged.log" --seed-file="$work/munge/munge.seed" \
    >"$work/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [[ -S $work/munge/munge.socket ]] && break; sleep 0.1; done
[[ -S $work/munge/munge.socket ]] || fail "munged did not start"

host=$(hostname -s)
cpus=$(nproc)
mem=$(awk '/MemTotal/ {print int($2/1024/2)}' /proc/meminfo)
port=$((20000 + RANDOM % 20000))
cat > "$work/slurm.conf" <<EOF
ClusterName=exoworldtest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=exonode NodeHostname=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=exotest Nodes=exonode Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$work/slurm.conf
slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N exonode -f "$SLURM_CONF" >"$work/slurmd.out" 2>&1 &
pids+=($!)
up=0
for _ in $(seq 120); do
    if sinfo -h -N -o '%T' 2>/dev/null | grep -qiE '^(idle|mixed|allocated)'; then up=1; break; fi
    sleep 0.5
done
((up)) || { cat "$work/slurmctld.out" "$work/slurmd.out" >&2; fail "the node did not come up"; }
echo "slurm: single node up ($cpus CPUs), controller port $port"

# --- the array job --------------------------------------------------------------
results=$work/results
job=$(sbatch --parsable --array=0-3 --chdir="$work" --output="$work/out/task-%a.log" \
      --export=ALL,EXOWORLD_CLI="$cli" "$sbatch_script" "$input" "$results" "${opts[@]}") ||
    fail "sbatch failed"
job=${job%%;*}
echo "slurm: submitted array job $job (4 tasks)"
for _ in $(seq 1200); do
    [[ -z $(squeue -h -j "$job" 2>/dev/null) ]] && break
    sleep 0.5
done
[[ -z $(squeue -h -j "$job" 2>/dev/null) ]] && echo "slurm: job $job finished" || fail "job $job still queued after 10 min"

shards=()
for i in 0 1 2 3; do
    d=$results/shard-$i-of-4
    [[ -f $d/stars.csv ]] || fail "task $i wrote no $d/stars.csv"
    n=$(($(wc -l < "$d/stars.csv") - 1))
    ((n > 0)) || fail "task $i analysed no star"
    echo "slurm: task $i: $n star(s)"
    shards+=("$d")
done
"$cli" batch-merge "${shards[@]}" --out "$work/merged" || fail "batch-merge failed"

# --- the same batch in one process ------------------------------------------------
"$cli" batch "$input" --out "$work/single" --jobs 2 --progress lines "${opts[@]}" 2>/dev/null || fail "single run failed"
stars=$(($(wc -l < "$work/single/stars.csv") - 1))
((stars >= 20)) || fail "only $stars stars in $input (need >= 20)"
# Star rows without the last column (wall seconds), and every candidate, must be identical.
diff <(sed 's/,[^,]*$//' "$work/single/stars.csv") <(sed 's/,[^,]*$//' "$work/merged/stars.csv") ||
    fail "merged star rows differ from the single-process run"
diff "$work/single/candidates.csv" "$work/merged/candidates.csv" ||
    fail "merged candidates differ from the single-process run"
echo "PASS: 4-task Slurm array over $stars stars, merged = single-process run" \
     "($(($(wc -l < "$work/merged/candidates.csv") - 1)) candidates)"
