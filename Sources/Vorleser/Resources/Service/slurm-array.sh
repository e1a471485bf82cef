#!/bin/bash
# A Slurm array of 8 tasks (0–7), each rendering its share of the feed into its own folder; submit with
# `sbatch slurm-array.sh`, then, when all are done, `sbatch --dependency=afterok:JOBID publish.sh` or run
#   vorleser publish /srv/audio/shard-* -o /srv/audio/public --base-url https://zeitung.example/audio/
#SBATCH --job-name=vorleser
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=04:00:00
set -euo pipefail
vorleser feed https://zeitung.example/archiv.xml --shard "$SLURM_ARRAY_TASK_ID/8" \
  -o "/srv/audio/shard-$SLURM_ARRAY_TASK_ID" --jobs "$SLURM_CPUS_PER_TASK" \
  --base-url https://zeitung.example/audio/
