using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is a five-field cron schedule (minute hour day-of-month month day-of-week), as VolSync and Kubernetes CronJobs read it. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1105, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class CronScheduleAttribute : Attribute
{
}
