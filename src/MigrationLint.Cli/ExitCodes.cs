namespace MigrationLint.Cli;

/// <summary>The exit codes of the contract.</summary>
public static class ExitCodes
{
    /// <summary>Every verdict is below --fail-on.</summary>
    public const int Passed = 0;

    /// <summary>A verdict reached --fail-on.</summary>
    public const int Failed = 1;

    /// <summary>Usage, configuration or I/O error: nothing could be judged.</summary>
    public const int Error = 2;
}
