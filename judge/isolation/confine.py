"""Confining the worker with what this Linux offers, before it loads the submission.

The worker applies these to itself (:func:`judge.isolation.worker.serve_forked`),
before its rlimits and before it reads the submission; each layer that the kernel refuses
is skipped and named in the mode string the judge reports:

    layer      stops                                           needs
    ---------  ----------------------------------------------  --------------------
    netns      every network connection: the worker gets a     root, or unprivileged
               network namespace of its own with no interface  user namespaces
    landlock   reading files outside Python, its libraries,    Linux 5.13+ (ABI 1);
               the judge's package and the submission (so not  TCP at ABI 4, signals
               the reference or the hidden tests); writing     and abstract sockets
               outside the worker's own folder; TCP bind and   at ABI 6
               connect; signalling processes outside the
               worker (the judge, the grading run)

Where neither is available (another OS, an old kernel, a locked-down
container) the worker still runs with its rlimits, its own session and folder,
and the judge's outside checks; README "What the judge protects against" says
what that leaves open.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterable
from pathlib import Path

# Syscall numbers of Landlock: the same on every architecture that has it.
CREATE_RULESET, ADD_RULE, RESTRICT_SELF = 444, 445, 446
CREATE_RULESET_VERSION = 1
RULE_PATH_BENEATH = 1
PR_SET_NO_NEW_PRIVS = 38
CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_ABI1 = (1 << 13) - 1  # EXECUTE .. MAKE_SYM
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1
FILE_RIGHTS = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/urandom", "/dev/random")


class _RulesetAttr(ctypes.Structure):
    _fields_ = (("handled_access_fs", ctypes.c_uint64),
                ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64))


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = (("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32))


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def landlock_abi() -> int:
    """The kernel's Landlock ABI version, or 0 where there is none."""
    try:
        version = int(_libc().syscall(CREATE_RULESET, None, ctypes.c_size_t(0),
                                      ctypes.c_uint32(CREATE_RULESET_VERSION)))
    except (OSError, AttributeError):
        return 0
    return max(version, 0)


def _fs_rights(abi: int) -> int:
    rights = FS_ABI1
    if abi >= 2:
        rights |= REFER
    if abi >= 3:
        rights |= TRUNCATE
    if abi >= 5:
        rights |= IOCTL_DEV
    return rights


def isolate_network() -> bool:
    """A network namespace of our own (no interfaces): as root directly, else
    inside a new user namespace that maps our own uid and gid."""
    libc = _libc()
    if libc.unshare(CLONE_NEWNET) == 0:
        return True
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
        return False
    try:
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    except OSError:
        return False
    return True


def landlock(read_only: Iterable[str], read_write: Iterable[str]) -> int:
    """Allow reading (and executing) only beneath ``read_only``, everything only
    beneath ``read_write``; no TCP; no signals or abstract sockets outside.
    Returns the ABI used, or 0 when Landlock is not available."""
    abi = landlock_abi()
    if abi < 1:
        return 0
    libc = _libc()
    fs = _fs_rights(abi)
    attr = _RulesetAttr(fs, NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0,
                        SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if abi >= 6 else 0)
    ruleset = int(libc.syscall(CREATE_RULESET, ctypes.byref(attr),
                               ctypes.c_size_t(ctypes.sizeof(attr)), ctypes.c_uint32(0)))
    if ruleset < 0:
        return 0
    try:
        rules = [(path, READ_FILE | READ_DIR | EXECUTE) for path in read_only]
        rules += [(path, fs) for path in read_write]
        for path, rights in rules:
            _allow(libc, ruleset, path, rights & fs)
        if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return 0
        if libc.syscall(RESTRICT_SELF, ruleset, ctypes.c_uint32(0)) != 0:
            return 0
    finally:
        os.close(ruleset)
    return abi


def _allow(libc: ctypes.CDLL, ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return  # a path this machine does not have
    try:
        if not os.path.isdir(path):
            rights &= FILE_RIGHTS
        beneath = _PathBeneath(rights, fd)
        libc.syscall(ADD_RULE, ruleset, RULE_PATH_BENEATH, ctypes.byref(beneath),
                     ctypes.c_uint32(0))
    finally:
        os.close(fd)


def system_read_paths() -> list[str]:
    """What a Python process with numpy and scipy reads: the interpreter's prefixes
    (standard library and site-packages), shared libraries, and the system files
    the C library looks at. None of it holds the judge's problems."""
    import site
    import sys

    paths = {sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix,
             *site.getsitepackages(), "/usr", "/lib", "/lib64", "/lib32", "/etc", "/proc",
             "/sys", "/opt/conda"}
    try:
        paths.add(site.getusersitepackages())
    except AttributeError:  # pragma: no cover - site without user sites
        pass
    return sorted(p for p in paths if p and os.path.exists(p))


def confine(submission: str, workdir: str, judge_package: str,
            hidden: Iterable[str] = ()) -> str:
    """Apply every layer available; return what was applied, for the report
    (``"landlock-7+netns"``, ``"rlimits only"``, ...). ``hidden`` are the
    folders that must stay unreadable (the problem package); if one lies
    beneath an allowed path, the mode says so."""
    layers = []
    if isolate_network():
        layers.append("netns")
    readable = [*system_read_paths(), judge_package, submission]
    abi = landlock([*readable, "/dev"], [workdir, *DEVICES])
    if abi:
        layers.insert(0, f"landlock-{abi}")
        exposed = [h for h in hidden for r in readable if _beneath(h, r)]
        if exposed:
            layers.append(f"exposed:{exposed[0]}")
    return "+".join(layers) if layers else "rlimits only"


def _beneath(path: str, parent: str) -> bool:
    try:
        return Path(path).resolve().is_relative_to(Path(parent).resolve())
    except (OSError, ValueError):
        return False
