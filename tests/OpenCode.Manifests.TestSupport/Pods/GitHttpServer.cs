using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// Serves bare repositories over smart HTTP on 127.0.0.1 through git's own <c>git-http-backend</c> (CGI), and
/// demands HTTP Basic credentials <c>x-access-token:&lt;token&gt;</c> like GitHub does for a private repository.
/// Git only runs its credential helper when a server answers 401, so this is what proves the init script hands
/// the token to git per command.
/// </summary>
public sealed class GitHttpServer : IDisposable
{
    private const string Backend = "/usr/lib/git-core/git-http-backend";
    private readonly HttpListener listener;
    private readonly string projectRoot;
    private readonly string expectedAuthorization;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int authorizedRequests;
    private int rejectedRequests;

    public GitHttpServer(string projectRoot, string token)
    {
        Assert(File.Exists(Backend), $"{Backend} is missing (Debian package git)");
        this.projectRoot = projectRoot;
        expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("x-access-token:" + token));
        (listener, Port) = Listen();
        loop = Task.Run(Serve);
    }

    public int Port { get; }

    /// <summary>The base URL (ends with a slash) that repositories under the project root are served at.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>Requests that carried the token.</summary>
    public int AuthorizedRequests => Volatile.Read(ref authorizedRequests);

    /// <summary>Requests answered 401 (no or wrong credentials).</summary>
    public int RejectedRequests => Volatile.Read(ref rejectedRequests);

    /// <summary>
    /// A started listener on a free loopback port. The port is free when probed, but another test process (the
    /// OpenCode server tests, the package tests) may take it before the listener binds, so a port taken in between
    /// is given up for a fresh one; five takes in a row is a real failure and is thrown.
    /// </summary>
    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var candidate = new HttpListener();
            candidate.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                candidate.Start();
                return (candidate, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                candidate.Close();
            }
        }
    }

    public static int FreeLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private async Task Serve()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            try
            {
                Handle(context);
            }
            catch (Exception e)
            {
                try
                {
                    context.Response.StatusCode = 500;
                    var bytes = Encoding.UTF8.GetBytes(e.ToString());
                    context.Response.OutputStream.Write(bytes);
                    context.Response.Close();
                }
                catch (Exception)
                {
                    // The client went away.
                }
            }
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (request.Headers["Authorization"] != expectedAuthorization)
        {
            Interlocked.Increment(ref rejectedRequests);
            response.StatusCode = 401;
            response.AddHeader("WWW-Authenticate", "Basic realm=\"proof\"");
            response.Close();
            return;
        }

        Interlocked.Increment(ref authorizedRequests);
        var body = new MemoryStream();
        request.InputStream.CopyTo(body);
        var environment = new Dictionary<string, string?>
        {
            ["GIT_PROJECT_ROOT"] = projectRoot,
            ["GIT_HTTP_EXPORT_ALL"] = "1",
            ["REQUEST_METHOD"] = request.HttpMethod,
            ["PATH_INFO"] = Uri.UnescapeDataString(request.Url!.AbsolutePath),
            ["QUERY_STRING"] = request.Url.Query.TrimStart('?'),
            ["CONTENT_TYPE"] = request.ContentType ?? string.Empty,
            ["REMOTE_USER"] = "x-access-token",
            ["REMOTE_ADDR"] = "127.0.0.1",
            ["GIT_PROTOCOL"] = request.Headers["Git-Protocol"] ?? string.Empty,
            ["HTTP_CONTENT_ENCODING"] = request.Headers["Content-Encoding"] ?? string.Empty,
            ["CONTENT_LENGTH"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var cgi = Tools.RunBytes(Backend, Array.Empty<string>(), TimeSpan.FromMinutes(2), body.ToArray(), environment: environment);

        // CGI response: header lines, a blank line, the body.
        var bytes = cgi.Stdout;
        var split = IndexOf(bytes, "\r\n\r\n"u8.ToArray(), out var separator);
        if (split < 0)
        {
            split = IndexOf(bytes, "\n\n"u8.ToArray(), out separator);
        }

        var headers = Encoding.ASCII.GetString(bytes, 0, Math.Max(split, 0)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        response.StatusCode = 200;
        foreach (var line in headers)
        {
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                response.StatusCode = int.Parse(value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                response.ContentType = value;
            }
            else if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                response.AddHeader(name, value);
            }
        }

        var offset = split < 0 ? 0 : split + separator;
        response.OutputStream.Write(bytes, offset, bytes.Length - offset);
        response.Close();
    }

    private static int IndexOf(byte[] haystack, byte[] needle, out int length)
    {
        length = needle.Length;
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = haystack[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
