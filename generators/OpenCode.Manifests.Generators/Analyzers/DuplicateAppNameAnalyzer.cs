using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// OCM1111: two <c>[App]</c> or <c>[Workspace]</c> records deriving (directly or not) from <c>AppTemplateApp</c>
/// whose constant (namespace, name) are equal in one compilation: both would write the same Flux folder and release.
/// <para>
/// Name and namespace are what reaches <c>AppTemplateApp(Name, Namespace)</c>: the analyzer follows each record's
/// constructor chain upwards, carrying constant arguments through the parameters they are passed to. A base in this
/// compilation is followed through its own base call; a base from a referenced assembly (<c>OpenCodeWorkspace</c>)
/// has no visible base call, so its parameters named <c>Name</c> and <c>Namespace</c> are taken as the ones it
/// forwards (a positional record parameter named after an inherited property is that property), and an optional
/// parameter's default value counts as a constant (<c>OpenCodeWorkspace</c>'s <c>Namespace = "opencode"</c>). A
/// constant assigned to <c>Name</c> or <c>Namespace</c> in the record's constructor body wins over the base call.
/// An app whose name or namespace is not a constant is left to the build (OCM2010).
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateAppNameAnalyzer : DiagnosticAnalyzer
{
    private const string AppAttribute = "OpenCode.Manifests.AppAttribute";
    private const string WorkspaceAttribute = "OpenCode.Manifests.WorkspaceAttribute";
    private const string AppTemplateApp = "OpenCode.Manifests.Apps.AppTemplateApp";
    private const string NameParameter = "Name";
    private const string NamespaceParameter = "Namespace";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateAppName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var markers = new[] { AppAttribute, WorkspaceAttribute }
                .Select(start.Compilation.GetTypeByMetadataName)
                .Where(t => t is not null)
                .Cast<INamedTypeSymbol>()
                .ToImmutableArray();
            var appBase = start.Compilation.GetTypeByMetadataName(AppTemplateApp);
            if (markers.IsEmpty || appBase is null)
            {
                return;
            }

            // Every constructor of this compilation that calls another (base or this) constructor of an app type,
            // and every constant assignment to Name/Namespace in a constructor body: the chain is resolved at the end.
            var calls = new ConcurrentDictionary<IMethodSymbol, ConstructorCall>(SymbolEqualityComparer.Default);
            var assignments = new ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<string, Flowing>>(SymbolEqualityComparer.Default);
            var marked = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

            start.RegisterSymbolAction(
                symbol =>
                {
                    var type = (INamedTypeSymbol)symbol.Symbol;
                    if (DerivesFrom(type, appBase) && type.GetAttributes().Any(a => markers.Contains(a.AttributeClass!, SymbolEqualityComparer.Default)))
                    {
                        marked[type] = true;
                    }
                },
                SymbolKind.NamedType);

            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                        || !DerivesFrom(constructor.ContainingType, appBase))
                    {
                        return;
                    }

                    switch (operation.Operation)
                    {
                        // The record's base call, or a constructor initializer (: base(…) or : this(…)).
                        case IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } call
                            when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, constructor.ContainingType)
                                || SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, constructor.ContainingType.BaseType):
                            calls[constructor] = new ConstructorCall(
                                call.TargetMethod,
                                call.Arguments.Where(a => a.Parameter is not null).ToDictionary(a => a.Parameter!.Name, a => Read(a.Value, constructor)));
                            break;
                        // Name = "…" on this object in a constructor body (not in an initializer of another object).
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } target } assignment
                            when target.Property.Name is NameParameter or NamespaceParameter
                                && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition.ContainingType, appBase):
                            assignments.GetOrAdd(constructor, _ => new ConcurrentDictionary<string, Flowing>())[target.Property.Name] = Read(assignment.Value, constructor);
                            break;
                    }
                },
                OperationKind.Invocation,
                OperationKind.SimpleAssignment);

            start.RegisterCompilationEndAction(end =>
            {
                var declared = new List<(INamedTypeSymbol Type, string Namespace, string Name, Location Location)>();
                foreach (var type in marked.Keys)
                {
                    var constructor = type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0 && !c.IsImplicitlyDeclared)
                        ?? type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
                    if (constructor is null
                        || Resolve(constructor, new Dictionary<string, Flowing>(), appBase, calls, assignments) is not { } app
                        || app.Name.Constant is not { } name
                        || app.Namespace.Constant is not { } ns)
                    {
                        continue;
                    }

                    declared.Add((type, ns, name, Where(app.Name, type)));
                }

                var groups = declared
                    .OrderBy(a => a.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(a => a.Location.SourceSpan.Start)
                    .GroupBy(a => (a.Namespace, a.Name));
                foreach (var group in groups)
                {
                    var first = group.First();
                    foreach (var duplicate in group.Skip(1))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateAppName,
                            duplicate.Location,
                            duplicate.Name,
                            duplicate.Namespace,
                            first.Type.ToDisplayString()));
                    }
                }
            });
        });
    }

    /// <summary>
    /// The Name and Namespace that reach <c>AppTemplateApp</c>'s constructor when <paramref name="constructor"/> runs
    /// with <paramref name="arguments"/> (by parameter name); null when the chain cannot be followed.
    /// </summary>
    private static (Flowing Name, Flowing Namespace)? Resolve(
        IMethodSymbol constructor,
        Dictionary<string, Flowing> arguments,
        INamedTypeSymbol appBase,
        ConcurrentDictionary<IMethodSymbol, ConstructorCall> calls,
        ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<string, Flowing>> assignments)
    {
        (Flowing Name, Flowing Namespace)? reached;
        if (SymbolEqualityComparer.Default.Equals(constructor.ContainingType.OriginalDefinition, appBase))
        {
            reached = (Argument(arguments, NameParameter), Argument(arguments, NamespaceParameter));
        }
        else if (calls.TryGetValue(constructor, out var call))
        {
            var next = call.Arguments.ToDictionary(pair => pair.Key, pair => pair.Value.Bind(arguments));
            reached = Resolve(call.Target, next, appBase, calls, assignments);
        }
        else if (constructor.DeclaringSyntaxReferences.IsEmpty)
        {
            // A base from a referenced assembly: its Name and Namespace parameters are the ones it forwards.
            reached = (Argument(arguments, NameParameter), Argument(arguments, NamespaceParameter));
        }
        else
        {
            // A constructor in source that calls no app constructor we saw (an implicit base() call has no
            // parameters to carry): nothing constant reaches the base.
            reached = null;
        }

        if (reached is not { } found)
        {
            return null;
        }

        // The constructor body runs after the base call: a constant assigned there is the final value.
        if (!assignments.TryGetValue(constructor, out var assigned))
        {
            return found;
        }

        return (
            assigned.TryGetValue(NameParameter, out var name) ? name.Bind(arguments) : found.Name,
            assigned.TryGetValue(NamespaceParameter, out var ns) ? ns.Bind(arguments) : found.Namespace);
    }

    private static Flowing Argument(Dictionary<string, Flowing> arguments, string parameter) =>
        arguments.TryGetValue(parameter, out var value) ? value : Flowing.Unknown;

    /// <summary>What an argument or assigned value is, read inside <paramref name="constructor"/>.</summary>
    private static Flowing Read(IOperation value, IMethodSymbol constructor)
    {
        var unwrapped = ConstrainedValue.Unwrap(value);
        if (unwrapped.ConstantValue is { HasValue: true, Value: string text })
        {
            // A default value filled in by the compiler has no place in the user's code: the call site stands in.
            var location = unwrapped.IsImplicit ? null : value.Syntax.GetLocation();
            return new Flowing(text, null, location);
        }

        return unwrapped is IParameterReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, constructor)
            ? new Flowing(null, reference.Parameter.Name, null)
            : Flowing.Unknown;
    }

    /// <summary>The Name constant's location when it is written in the record itself, else the record's name.</summary>
    private static Location Where(Flowing name, INamedTypeSymbol type)
    {
        if (name.Location is { SourceTree: { } tree } location
            && type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree && r.Span.Contains(location.SourceSpan)))
        {
            return location;
        }

        return type.Locations.FirstOrDefault() ?? Location.None;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol appBase)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, appBase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One constructor's call of another: the target and its arguments by parameter name.</summary>
    private sealed class ConstructorCall
    {
        public ConstructorCall(IMethodSymbol target, Dictionary<string, Flowing> arguments)
        {
            Target = target;
            Arguments = arguments;
        }

        public IMethodSymbol Target { get; }

        public Dictionary<string, Flowing> Arguments { get; }
    }

    /// <summary>
    /// A value on its way to the base: a constant (and where it is written), a parameter of the constructor it is
    /// read in (resolved against the caller's arguments), or unknown.
    /// </summary>
    private readonly struct Flowing
    {
        public static readonly Flowing Unknown = default;

        public Flowing(string? constant, string? parameter, Location? location)
        {
            Constant = constant;
            Parameter = parameter;
            Location = location;
        }

        public string? Constant { get; }

        public string? Parameter { get; }

        public Location? Location { get; }

        /// <summary>This value once the enclosing constructor's parameters are replaced by <paramref name="arguments"/>.</summary>
        public Flowing Bind(Dictionary<string, Flowing> arguments)
        {
            if (Parameter is null)
            {
                return this;
            }

            return arguments.TryGetValue(Parameter, out var value) ? value : Unknown;
        }
    }
}
