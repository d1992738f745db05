using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// A program started by <see cref="Tools.Start"/>: its output is collected line by line as it prints; a test can
/// await a line (a server saying it listens) or the exit, each with a timeout, and never polls or sleeps. Disposing
/// kills the program with its children if it still runs.
/// </summary>
public sealed class RunningProgram : IDisposable
{
    private readonly Process process;
    private readonly string commandLine;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly StringBuilder both = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = new();
    private readonly TaskCompletionSource outputEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int outputStreamsOpen = 2;

    internal RunningProgram(ProcessStartInfo start)
    {
        commandLine = start.FileName + " " + string.Join(' ', start.ArgumentList);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Receive(e.Data, stdout);
        process.ErrorDataReceived += (_, e) => Receive(e.Data, stderr);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    /// <summary>Writes <paramref name="text"/> to the program's standard input and closes it.</summary>
    public void CloseInput(string text)
    {
        process.StandardInput.Write(text);
        process.StandardInput.Close();
    }

    /// <summary>
    /// The first output line (stdout or stderr) that <paramref name="match"/> accepts, including lines printed before
    /// the call. Fails when the program exits first or the timeout passes, with what it printed.
    /// </summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (both)
        {
            foreach (var line in both.ToString().Split('\n'))
            {
                if (match(line))
                {
                    return line;
                }
            }

            if (outputEnded.Task.IsCompleted)
            {
                throw new InvalidOperationException($"{commandLine} closed its output ({State()}) before printing the line awaited:\n{both}");
            }

            waiters.Add((match, found));
        }

        using var cancel = new CancellationTokenSource(timeout);
        var finished = await Task.WhenAny(found.Task, outputEnded.Task, Task.Delay(Timeout.Infinite, cancel.Token)).ConfigureAwait(false);
        if (finished == found.Task)
        {
            return await found.Task.ConfigureAwait(false);
        }

        lock (both)
        {
            throw finished == outputEnded.Task
                ? new InvalidOperationException($"{commandLine} closed its output ({State()}) before printing the line awaited:\n{both}")
                : new TimeoutException($"{commandLine} did not print the line awaited within {timeout}:\n{both}");
        }
    }

    /// <summary>Waits for the exit; after <paramref name="timeout"/> kills the program and its children and throws.</summary>
    public ToolRun WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout == Timeout.InfiniteTimeSpan ? -1 : (int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (both)
            {
                throw new TimeoutException($"{commandLine} did not finish in {timeout}:\n{both}");
            }
        }

        // The parameterless wait also waits for the redirected streams to reach their end.
        process.WaitForExit();
        watch.Stop();
        lock (both)
        {
            return new ToolRun(process.ExitCode, stdout.ToString(), stderr.ToString()) { Output = both.ToString(), Elapsed = watch.Elapsed };
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private string State() => process.HasExited ? $"exit {process.ExitCode}" : "still running";

    private void Receive(string? line, StringBuilder stream)
    {
        lock (both)
        {
            if (line is null)
            {
                // Both streams closed: the program is gone, and nothing more will match.
                if (--outputStreamsOpen == 0)
                {
                    outputEnded.TrySetResult();
                }

                return;
            }

            stream.Append(line).Append('\n');
            both.Append(line).Append('\n');
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(line))
                {
                    waiters[i].Found.TrySetResult(line);
                    waiters.RemoveAt(i);
                }
            }
        }
    }
}
