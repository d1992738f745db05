using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests;

/// <summary>
/// A model provider the OpenCode server can use, and the secret it needs: GitHub Copilot's auth.json seed (written
/// once into OpenCode's data folder by the init container), or an API key handed to the server as an environment
/// variable. Each secret is read from the workspace's entry in the cluster's secret store under
/// <see cref="SecretKey"/>. An optional provider gets a Secret of its own: when its key is missing from the store
/// only that Secret stays unsynced, and the pod starts without it.
/// </summary>
public sealed record ModelProvider
{
    private ModelProvider(string id, string secretKey, string? variable)
    {
        Id = id;
        SecretKey = secretKey;
        Variable = variable;
    }

    /// <summary>GitHub Copilot: OpenCode's auth.json, seeded once from <c>COPILOT_AUTH_JSON</c>.</summary>
    public static ModelProvider CopilotAuthSeed { get; } = new("copilot", "COPILOT_AUTH_JSON", null);

    /// <summary>Anthropic: <c>ANTHROPIC_API_KEY</c>.</summary>
    public static ModelProvider Anthropic { get; } = ApiKey("anthropic", "ANTHROPIC_API_KEY");

    /// <summary>OpenAI: <c>OPENAI_API_KEY</c>.</summary>
    public static ModelProvider OpenAI { get; } = ApiKey("openai", "OPENAI_API_KEY");

    /// <summary>OpenRouter: <c>OPENROUTER_API_KEY</c>.</summary>
    public static ModelProvider OpenRouter { get; } = ApiKey("openrouter", "OPENROUTER_API_KEY");

    /// <summary>Google Gemini: <c>GEMINI_API_KEY</c>.</summary>
    public static ModelProvider Gemini { get; } = ApiKey("gemini", "GEMINI_API_KEY");

    /// <summary>A short name: the suffix of an optional provider's Secret (<c>&lt;workspace&gt;-&lt;id&gt;</c>).</summary>
    public string Id { get; }

    /// <summary>The key in the workspace's Secret and in the secret store.</summary>
    public string SecretKey { get; }

    /// <summary>The server's environment variable that receives the key, or null for the auth.json seed.</summary>
    public string? Variable { get; }

    /// <summary>The pod starts without it when the store lacks the key (see <see cref="AsOptional"/>).</summary>
    public bool IsOptional { get; private init; }

    /// <summary>Any provider OpenCode reads an API key for from the environment.</summary>
    /// <param name="id">A DNS label naming the provider (<c>mistral</c>).</param>
    /// <param name="variable">The variable, also the secret key (<c>MISTRAL_API_KEY</c>).</param>
    public static ModelProvider ApiKey([DnsLabel] string id, [EnvVarName] string variable) => new(id, variable, variable);

    /// <summary>The same provider, optional: its own Secret, referenced with <c>optional: true</c>.</summary>
    public ModelProvider AsOptional() => this with { IsOptional = true };
}
