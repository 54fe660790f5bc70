#!/usr/bin/env python3
"""Where a JFR recording's processor time went: the methods most often on top of the stack (self), and the
trustmap methods most often anywhere on it (inclusive), and the nearest trustmap method of each sample (where the
time is spent on trustmap's behalf, library calls included), from jdk.ExecutionSample events.

    tools/jfr-top.py RECORDING.jfr [N]
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", recording],
                      check=True, capture_output=True, text=True).stdout
frame = re.compile(r"^\s+([\w$.<>]+)\(.*line:")
self_counts = collections.Counter()
inclusive = collections.Counter()
nearest = collections.Counter()
threads = collections.Counter()
samples = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = [m.group(1) for m in (frame.match(line) for line in event.splitlines()) if m]
    if not frames:
        continue
    samples += 1
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    threads[thread.group(1) if thread else "?"] += 1
    self_counts[frames[0]] += 1
    ours = [f for f in frames if f.startswith("dev.trustmap")]
    for name in set(ours):
        inclusive[name] += 1
    nearest[ours[0] if ours else frames[0]] += 1
print(f"{samples} samples")
print("\nthreads:")
for name, n in threads.most_common(8):
    print(f"  {n * 100 / samples:5.1f} %  {name}")
print("\nself:")
for name, n in self_counts.most_common(top):
    print(f"  {n * 100 / samples:5.1f} %  {name}")
print("\ninclusive (trustmap frames):")
for name, n in inclusive.most_common(top):
    print(f"  {n * 100 / samples:5.1f} %  {name}")
print("\nnearest trustmap frame (self time of it and the library code it calls):")
for name, n in nearest.most_common(top):
    print(f"  {n * 100 / samples:5.1f} %  {name}")
