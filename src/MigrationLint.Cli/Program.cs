using System.Text;
using MigrationLint.Cli;

// Reports can be megabytes: write them through one buffered UTF-8 stream, not line by line.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
var exitCode = CommandLine.Run(args, output, Console.Error);
output.Flush();
return exitCode;
