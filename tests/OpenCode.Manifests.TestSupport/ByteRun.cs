namespace OpenCode.Manifests.TestSupport;

/// <summary>The result of <see cref="Tools.RunBytes"/>: standard output exactly as written (git objects, CGI responses).</summary>
public sealed record ByteRun(int ExitCode, byte[] Stdout, string Stderr);
