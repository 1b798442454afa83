using System.Buffers;

namespace MigrationLint.Reporting;

/// <summary>
/// Bytes written into a chain of pooled 64 KB arrays, copied to a stream afterwards. A part of a
/// report rendered on another core is a megabyte or more: as one array it would grow by copying
/// and land in the large-object heap, whose first collection costs more than the rendering saves.
/// </summary>
internal sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int SegmentSize = 1 << 16;

    private readonly List<(byte[] Array, int Used)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(SegmentSize);
    private int _used;

    public long Length => _full.Sum(segment => (long)segment.Used) + _used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _current.Length - _used);
        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _current.AsSpan(_used);
    }

    /// <summary>Writes everything from byte <paramref name="from"/> on to <paramref name="stream"/>.</summary>
    public void CopyTo(Stream stream, long from)
    {
        foreach (var (array, used) in _full.Append((_current, _used)))
        {
            var skipped = (int)Math.Min(from, used);
            stream.Write(array, skipped, used - skipped);
            from -= skipped;
        }
    }

    public void Dispose()
    {
        foreach (var (array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _full.Clear();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
        _used = 0;
    }

    /// <summary>Starts a new segment when the current one has less room than asked for (at least one byte).</summary>
    private void MakeRoom(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _used >= needed)
        {
            return;
        }

        _full.Add((_current, _used));
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, needed));
        _used = 0;
    }
}
