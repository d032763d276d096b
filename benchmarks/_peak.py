"""Shared by the benchmarks' child-process scripts: the source of a `peak_mb()` function they
paste into the code they run (so each child measures its own peak memory)."""

PEAK_MB_SRC = '''
def peak_mb():
    """Peak RSS of this process since exec (VmHWM; ru_maxrss would include the parent's
    memory at fork time)."""
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
'''
