#!/usr/bin/env python3
"""Aggregates a JFR recording's execution samples: top frames, the first handbook frame, and the pipeline stage
(the outermost dev.handbook.<stage> package on the stack), as shares of all samples.

    jfr print --events jdk.ExecutionSample --stack-depth 64 build.jfr > samples.txt
    python3 bench/jfr_stages.py samples.txt [rows]
"""
import collections
import re
import sys

FRAME = re.compile(r'^\s+([\w$.<>]+)\(.*?line:', re.M)
ENTRY = ('dev.handbook.Handbook', 'dev.handbook.cli', 'dev.handbook.Snapshot')


def stage(frames):
    for frame in reversed(frames):  # outermost first
        if frame.startswith('dev.handbook.') and not frame.startswith(ENTRY):
            parts = frame.split('.')
            return '.'.join(parts[:3]) if parts[2][0].islower() else 'dev.handbook (facade)'
    if any(f.startswith('dev.handbook') for f in frames):
        return 'dev.handbook (facade)'
    return 'outside handbook: ' + '.'.join(frames[-1].split('.')[:3])


def main(path, rows):
    top, first, stages = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0
    for event in open(path).read().split('jdk.ExecutionSample')[1:]:
        frames = FRAME.findall(event)
        if not frames:
            continue
        samples += 1
        top[frames[0]] += 1
        own = [f for f in frames if f.startswith('dev.handbook')]
        first[own[0] if own else '(no handbook frame)'] += 1
        stages[stage(frames)] += 1
    print(f'{samples} samples')
    for title, counter in (('stage', stages), ('first handbook frame', first), ('top frame', top)):
        print(f'\n| {title} | share |\n|---|---|')
        for name, count in counter.most_common(rows):
            print(f'| {name} | {100 * count / samples:.1f}% |')


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15)
