// The proof suite runs the pod's programs (busybox, unshare, setpriv, git, kubectl) as a Linux node would: it is
// a Linux-only test assembly, and POSIX file modes are part of what it checks.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
