using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using Microsoft.Win32.SafeHandles;
using OpenCode.Manifests.Pipeline;

namespace OpenCode.Manifests.Writing;

/// <summary>
/// Writes the emitted tree under an output root, or checks it. Only marked files (see
/// <see cref="GeneratedFileMarker"/>) are ever overwritten or deleted. Writing is two-phase: every changed file is
/// first staged next to its target, and only when all are staged are they renamed into place, so a failure while
/// staging leaves the previous tree as it was. Each file is replaced atomically (a rename), but nothing is flushed
/// to disk: the tree is derived from committed C#, so a tree torn by a crash is found by check mode and repaired by
/// the next build. What a crash can leave (an empty or all-NUL file at an emitted path, a leftover staging file in
/// an owned folder) is treated as the writer's own: overwritten, taken over or removed.
/// </summary>
/// <remarks>
/// The cost per file is kept near that of plain writes: the owned folders are listed once (so files known to be
/// missing are not probed one by one), an existing file is read with one open and one read into a reused buffer
/// and compared in place (the marker check reads only its header), and a changed file is staged with one
/// create-exclusive open and one positional write (no truncation, preallocation or flush), then renamed.
/// Folders are created level by level and files staged on all cores (creating a file is the costly call; creates in
/// different folders overlap); the renames then run in path order on one thread, so the result does not depend on
/// the scheduling.
/// </remarks>
public sealed class TreeWriter
{
    private const string StagingSuffix = ".ocm-staging";

    /// <summary>How many leading bytes of a file of another length are read for the marker check.</summary>
    private const int HeadBytes = 4096;

    private static readonly EnumerationOptions EveryEntry = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    private readonly string outputRoot;
    private readonly IReadOnlyList<string> ownedFolders;

    /// <summary>Creates a writer.</summary>
    /// <param name="outputRoot">The folder the relative paths are under.</param>
    /// <param name="ownedFolders">
    /// Folders (relative to the root) in which marked files that are no longer emitted are pruned.
    /// </param>
    public TreeWriter(string outputRoot, IReadOnlyList<string> ownedFolders)
    {
        this.outputRoot = Path.GetFullPath(outputRoot);
        this.ownedFolders = ownedFolders;
    }

    /// <summary>Called before each file is staged; tests use it to simulate a crash mid-emit.</summary>
    internal Action<string>? BeforeStage { get; set; }

    /// <summary>Called after each file has been renamed into place (by relative path); tests count the writes.</summary>
    internal Action<string>? AfterReplace { get; set; }

    /// <summary>Compares the tree on disk with <paramref name="files"/> without writing anything.</summary>
    public WriteResult Check(IReadOnlyList<TreeFile> files) => CreatePlan(files).ToResult();

    /// <summary>Brings the tree on disk in line with <paramref name="files"/>.</summary>
    public WriteResult Write(IReadOnlyList<TreeFile> files)
    {
        var plan = CreatePlan(files);
        if (plan.Conflicts.Count > 0)
        {
            return plan.ToResult();
        }

        // Folders first (parents before children, each level on all cores), then every file staged on all cores:
        // creating a file is the expensive call on most file systems, and creates in different folders overlap.
        var targets = plan.ToWrite.Select(file => FullPath(file.RelativePath)).ToList();
        var createdFolders = new List<string>();
        foreach (var target in targets)
        {
            PlanFolder(Path.GetDirectoryName(target)!, plan.Folders, createdFolders);
        }

        var isStaged = new bool[targets.Count];
        try
        {
            foreach (var level in createdFolders.GroupBy(Depth).OrderBy(level => level.Key))
            {
                OrderedParallel.Map(level.ToList(), Directory.CreateDirectory);
            }

            OrderedParallel.Map(Enumerable.Range(0, targets.Count).ToList(), i =>
            {
                BeforeStage?.Invoke(plan.ToWrite[i].RelativePath);
                using var handle = CreateStaging(targets[i] + StagingSuffix);
                isStaged[i] = true;
                RandomAccess.Write(handle, plan.ToWrite[i].Content.Span, fileOffset: 0);
                return true;
            });
        }
        catch
        {
            for (var i = 0; i < targets.Count; i++)
            {
                if (isStaged[i])
                {
                    TryDelete(targets[i] + StagingSuffix);
                }
            }

            // Leave the tree as it was: folders made for files that never arrived go too (deepest first).
            for (var i = createdFolders.Count - 1; i >= 0; i--)
            {
                if (Directory.Exists(createdFolders[i]) && !Directory.EnumerateFileSystemEntries(createdFolders[i]).Any())
                {
                    Directory.Delete(createdFolders[i]);
                }
            }

            throw;
        }

        var staged = plan.ToWrite.Select((file, i) => (Staging: targets[i] + StagingSuffix, Target: targets[i], file.RelativePath)).ToList();
        var replaced = 0;
        try
        {
            for (; replaced < staged.Count; replaced++)
            {
                var (staging, target, relativePath) = staged[replaced];
                File.Move(staging, target, overwrite: true);
                AfterReplace?.Invoke(relativePath);
            }
        }
        catch
        {
            for (var i = replaced; i < staged.Count; i++)
            {
                TryDelete(staged[i].Staging);
            }

            throw;
        }

        foreach (var stale in plan.ToPrune)
        {
            File.Delete(FullPath(stale));
            RemoveEmptyParents(Path.GetDirectoryName(FullPath(stale))!);
        }

        return plan.ToResult();
    }

    /// <summary>
    /// Creates the staging file: exclusively, so a new file costs no truncation; a staging file left behind by an
    /// earlier crash is taken over (truncated) instead.
    /// </summary>
    private static SafeFileHandle CreateStaging(string staging)
    {
        try
        {
            return File.OpenHandle(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        }
        catch (IOException) when (File.Exists(staging))
        {
            return File.OpenHandle(staging, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None);
        }
    }

    private WritePlan CreatePlan(IReadOnlyList<TreeFile> files)
    {
        var plan = new WritePlan();
        var listing = ListOwnedFolders(plan.Folders);
        var emitted = new HashSet<string>(files.Count, StringComparer.Ordinal);
        // Each file is compared with what is on disk on all cores (the listing is only read now); the plan is then
        // filled in path order.
        var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var states = OrderedParallel.Map(ordered, file =>
        {
            var target = FullPath(file.RelativePath);
            if (!Exists(target, listing, plan.Folders))
            {
                return (OnDisk?)null;
            }

            // A pooled buffer per comparison: large enough for the whole file or the marker check's head.
            var rented = ArrayPool<byte>.Shared.Rent(Math.Max(file.Content.Length, HeadBytes));
            try
            {
                byte[]? own = rented;
                return Compare(target, file.Content.Span, ref own);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        });
        byte[]? buffer = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var file = ordered[i];
            emitted.Add(file.RelativePath);
            if (states[i] is not { } state)
            {
                plan.ToWrite.Add(file);
                plan.Missing.Add(file.RelativePath);
                continue;
            }

            switch (state)
            {
                case OnDisk.Same:
                    plan.Unchanged.Add(file.RelativePath);
                    break;
                case OnDisk.Unmarked:
                    plan.Conflicts.Add(file.RelativePath);
                    break;
                default:
                    plan.ToWrite.Add(file);
                    plan.Differing.Add(file.RelativePath);
                    break;
            }
        }

        // Staging files a crash left behind: taken over when their target is written now, else removed (and listed
        // as stale by check mode).
        var writing = plan.ToWrite.Select(f => f.RelativePath + StagingSuffix).ToHashSet(StringComparer.Ordinal);
        foreach (var path in listing.Files
                     .Where(p => p.EndsWith(StagingSuffix, StringComparison.Ordinal))
                     .Select(RelativePath)
                     .Where(p => !writing.Contains(p))
                     .OrderBy(p => p, StringComparer.Ordinal))
        {
            plan.ToPrune.Add(path);
        }

        foreach (var path in listing.Files
                     .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
                     .Select(RelativePath)
                     .Where(p => !emitted.Contains(p))
                     .OrderBy(p => p, StringComparer.Ordinal))
        {
            if (IsMarked(FullPath(path), ref buffer))
            {
                plan.ToPrune.Add(path);
            }
        }

        plan.ToPrune.Sort(StringComparer.Ordinal);
        return plan;
    }

    /// <summary>
    /// Lists every owned folder once (recursively): the files in it, the folders whose entries were listed, and
    /// every entry seen. Folders known to exist are added to <paramref name="folders"/>.
    /// </summary>
    private Listing ListOwnedFolders(HashSet<string> folders)
    {
        var listing = new Listing();
        foreach (var folder in ownedFolders)
        {
            var full = FullPath(folder);
            if (!Directory.Exists(full))
            {
                listing.Absent.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(full)));
                continue;
            }

            folders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(full)));
            var entries = new FileSystemEnumerable<(string Path, bool IsDirectory)>(
                full,
                (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory),
                EveryEntry);
            foreach (var (path, isDirectory) in entries)
            {
                if (!listing.Entries.Add(path))
                {
                    continue; // owned folders that nest
                }

                listing.Listed.Add(Path.GetDirectoryName(path)!);
                if (isDirectory)
                {
                    folders.Add(path);
                }
                else
                {
                    listing.Files.Add(path);
                }
            }
        }

        return listing;
    }

    /// <summary>
    /// Whether a file exists, from the listing where it decides (the nearest existing folder above the file was
    /// listed, or the file is in an owned folder that does not exist), else by asking the file system.
    /// </summary>
    private bool Exists(string target, Listing listing, HashSet<string> folders)
    {
        if (listing.Entries.Contains(target))
        {
            return !folders.Contains(target); // a folder at a file's path does not count, as with File.Exists
        }

        for (var folder = Path.GetDirectoryName(target); folder is not null && folder.Length >= outputRoot.Length; folder = Path.GetDirectoryName(folder))
        {
            if (listing.Listed.Contains(folder) || listing.Absent.Contains(folder))
            {
                return false; // listed (and neither the file nor the folder below that leads to it was there), or an owned folder that does not exist
            }

            if (listing.Entries.Contains(folder))
            {
                break; // a folder that exists but was not listed (say, a link): ask
            }
        }

        return File.Exists(target);
    }

    private enum OnDisk
    {
        Same,
        Marked,
        Unmarked,
    }

    /// <summary>Compares a file with the bytes it should hold: one open, one length query, one read.</summary>
    private static OnDisk Compare(string path, ReadOnlySpan<byte> content, ref byte[]? buffer)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        var length = RandomAccess.GetLength(handle);
        var wanted = length == content.Length ? content.Length : (int)Math.Min(length, HeadBytes);
        var span = Buffer(ref buffer, wanted);
        var read = ReadFully(handle, span);
        if (length == content.Length && read == content.Length && span.SequenceEqual(content))
        {
            return OnDisk.Same;
        }

        var marked = GeneratedFileMarker.IsMarked(span[..read], wholeFile: read == length) ?? GeneratedFileMarker.IsMarked(path);
        return marked || IsTorn(handle, span[..read], length) ? OnDisk.Marked : OnDisk.Unmarked;
    }

    /// <summary>
    /// True for what a crash can leave of a file that was written but not flushed: nothing, or only NUL bytes. Such
    /// a file holds nothing anyone wrote, so it is overwritten like a marked one (check mode lists it as differing).
    /// </summary>
    private static bool IsTorn(SafeFileHandle handle, Span<byte> head, long length)
    {
        if (head.ContainsAnyExcept((byte)0))
        {
            return false;
        }

        for (long offset = head.Length; offset < length;)
        {
            var read = RandomAccess.Read(handle, head, offset);
            if (read == 0)
            {
                break;
            }

            if (head[..read].ContainsAnyExcept((byte)0))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    /// <summary>The marker check reading only the file's first bytes.</summary>
    private static bool IsMarked(string path, ref byte[]? buffer)
    {
        int read;
        long length;
        var span = Buffer(ref buffer, HeadBytes);
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None))
        {
            length = RandomAccess.GetLength(handle);
            read = ReadFully(handle, span[..(int)Math.Min(length, HeadBytes)]);
        }

        return GeneratedFileMarker.IsMarked(span[..read], wholeFile: read == length) ?? GeneratedFileMarker.IsMarked(path);
    }

    private static Span<byte> Buffer(ref byte[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, 16 * 1024)];
        }

        return buffer.AsSpan(0, length);
    }

    private static int ReadFully(SafeFileHandle handle, Span<byte> span)
    {
        var total = 0;
        while (total < span.Length)
        {
            var read = RandomAccess.Read(handle, span[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private string FullPath(string relativePath) =>
        Path.Combine(outputRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private string RelativePath(string fullPath) =>
        Path.GetRelativePath(outputRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private void RemoveEmptyParents(string directory)
    {
        while (directory.StartsWith(outputRoot, StringComparison.Ordinal)
               && directory.Length > outputRoot.Length
               && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }

    /// <summary>
    /// Notes the folder and its missing parents in <paramref name="missing"/> (parents first) and as known; folders
    /// known to exist are not asked about.
    /// </summary>
    private static void PlanFolder(string folder, HashSet<string> known, List<string> missing)
    {
        if (known.Contains(folder))
        {
            return;
        }

        var absent = new Stack<string>();
        for (var current = folder; !known.Contains(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            absent.Push(current);
        }

        missing.AddRange(absent);
        for (var current = folder; current is not null && known.Add(current); current = Path.GetDirectoryName(current))
        {
        }
    }

    private static int Depth(string folder) => folder.Count(c => c == Path.DirectorySeparatorChar);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover staging file is harmless and is overwritten next time.
        }
    }

    /// <summary>What listing the owned folders found (full paths).</summary>
    private sealed class Listing
    {
        /// <summary>Files in the owned folders.</summary>
        public List<string> Files { get; } = new();

        /// <summary>Every entry seen: files, folders, links.</summary>
        public HashSet<string> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>Folders whose entries were listed.</summary>
        public HashSet<string> Listed { get; } = new(StringComparer.Ordinal);

        /// <summary>Owned folders that do not exist.</summary>
        public HashSet<string> Absent { get; } = new(StringComparer.Ordinal);
    }

    private sealed class WritePlan
    {
        public List<TreeFile> ToWrite { get; } = new();
        public List<string> Missing { get; } = new();
        public List<string> Differing { get; } = new();
        public List<string> Unchanged { get; } = new();
        public List<string> ToPrune { get; } = new();
        public List<string> Conflicts { get; } = new();

        /// <summary>Folders (full paths) known to exist.</summary>
        public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);

        public WriteResult ToResult() => new(
            Missing.Concat(Differing).OrderBy(p => p, StringComparer.Ordinal).ToList(),
            Unchanged,
            ToPrune,
            Conflicts)
        {
            MissingFiles = Missing,
            DifferingFiles = Differing,
        };
    }
}
