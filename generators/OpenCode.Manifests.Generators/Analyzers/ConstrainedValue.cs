using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// A compile-time constant flowing into a parameter or property of our API: an argument (including the
/// <c>: OpenCodeWorkspace(Name: "…")</c> base call of a record) or an assignment (object and <c>with</c>
/// initializers, constructor bodies). The symbol carries the constraint attributes.
/// </summary>
internal readonly struct ConstrainedValue
{
    private ConstrainedValue(ISymbol target, object? constant, IOperation value, IOperation origin)
    {
        Target = target;
        Constant = constant;
        Value = value;
        Origin = origin;
    }

    /// <summary>The parameter or property the value goes to.</summary>
    public ISymbol Target { get; }

    /// <summary>The constant (string, int, long, or null for a null literal).</summary>
    public object? Constant { get; }

    /// <summary>The value operation (its syntax is where diagnostics go).</summary>
    public IOperation Value { get; }

    /// <summary>The argument or assignment.</summary>
    public IOperation Origin { get; }

    /// <summary>Where to report: the value expression.</summary>
    public Location Location => Value.Syntax.GetLocation();

    /// <summary>The attributes that constrain the target.</summary>
    public ImmutableArray<AttributeData> Attributes => Target.GetAttributes();

    /// <summary>Reads an argument or assignment operation; false when it is not a constant going to a symbol.</summary>
    public static bool TryRead(IOperation operation, out ConstrainedValue result)
    {
        result = default;
        ISymbol? target;
        IOperation value;
        switch (operation)
        {
            // Arguments the compiler fills in (optional parameters, caller information) are not the user's.
            case IArgumentOperation { IsImplicit: false, ArgumentKind: not ArgumentKind.DefaultValue } argument when argument.Parameter is not null:
                target = argument.Parameter;
                value = argument.Value;
                break;
            case ISimpleAssignmentOperation assignment:
                target = assignment.Target switch
                {
                    IPropertyReferenceOperation p => p.Property,
                    IFieldReferenceOperation f => f.Field,
                    _ => null,
                };
                value = assignment.Value;
                break;
            default:
                return false;
        }

        if (target is null)
        {
            return false;
        }

        var constant = Unwrap(value).ConstantValue;
        if (!constant.HasValue)
        {
            return false;
        }

        result = new ConstrainedValue(target, constant.Value, value, operation);
        return true;
    }

    /// <summary>True when the target carries the attribute.</summary>
    public bool Has(INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var data in Attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The constant of a sibling argument of the same call, bound to a parameter carrying <paramref name="attribute"/>.</summary>
    public string? SiblingArgument(INamedTypeSymbol? attribute)
    {
        if (attribute is null || Origin.Parent is null)
        {
            return null;
        }

        ImmutableArray<IArgumentOperation> arguments = Origin.Parent switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        foreach (var argument in arguments)
        {
            if (argument.Parameter is null || ReferenceEquals(argument, Origin))
            {
                continue;
            }

            foreach (var data in argument.Parameter.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                    && Unwrap(argument.Value).ConstantValue is { HasValue: true, Value: string text })
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>Looks through implicit conversions (string → string?, string → IntegerOrString, int → long).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
