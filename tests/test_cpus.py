"""The per-machine CPU lease (judge.speed.cpus): exclusive across processes,
and freed by the kernel when its holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from judge.speed.cpus import ENV_CPU_DIR, cpu_lease, machine_cpus

from .conftest import ROOT


@pytest.fixture(autouse=True)
def _own_lock_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private pool, so these tests neither wait for nor block real speed phases."""
    folder = tmp_path / "cpus"
    monkeypatch.setenv(ENV_CPU_DIR, str(folder))
    return folder


def holder(count: int) -> subprocess.Popen[str]:
    """Another process that leases ``count`` CPUs, says which, and keeps them."""
    code = textwrap.dedent(f"""
        import time
        from judge.speed.cpus import cpu_lease
        with cpu_lease({count}) as cpus:
            print(",".join(map(str, cpus)), flush=True)
            time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env=os.environ.copy())
    assert proc.stdout is not None
    assert proc.stdout.readline().strip(), "the holder got no CPU"
    return proc


def test_a_lease_yields_cpus_this_process_may_use() -> None:
    with cpu_lease(1) as cpus:
        assert len(cpus) == 1
        assert set(cpus) <= set(machine_cpus())
    with cpu_lease(10_000) as every:  # capped at the machine, not a wait for ever
        assert every == machine_cpus()
    with pytest.raises(ValueError):
        with cpu_lease(0):
            pass


def test_two_processes_cannot_hold_the_same_cpu() -> None:
    everything = len(machine_cpus())
    proc = holder(everything)
    try:
        with pytest.raises(TimeoutError):
            with cpu_lease(1, timeout=0.3):
                pass
    finally:
        proc.kill()
        proc.wait()


def test_leases_of_one_process_exclude_each_other_and_are_disjoint() -> None:
    cpus = machine_cpus()
    with cpu_lease(len(cpus)):
        with pytest.raises(TimeoutError):  # another thread, same process: still excluded
            with cpu_lease(1, timeout=0.2):
                pass
    if len(cpus) < 2:
        pytest.skip("one CPU: nothing to split")
    with cpu_lease(1) as first, cpu_lease(1) as second:
        assert set(first).isdisjoint(second)


def test_a_killed_holder_frees_its_cpus() -> None:
    proc = holder(len(machine_cpus()))
    with pytest.raises(TimeoutError):
        with cpu_lease(1, timeout=0.2):
            pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with cpu_lease(len(machine_cpus()), timeout=5) as cpus:
        assert cpus == machine_cpus()


def test_a_waiting_lease_gets_the_cpu_when_it_is_released() -> None:
    everything = len(machine_cpus())
    got: list[float] = []
    with cpu_lease(everything):
        def wait() -> None:
            with cpu_lease(1, timeout=10):
                got.append(time.monotonic())

        waiter = threading.Thread(target=wait)
        waiter.start()
        time.sleep(0.3)
        assert not got, "the lease was granted while every CPU was held"
        released = time.monotonic()
    waiter.join(10)
    assert got and got[0] >= released
