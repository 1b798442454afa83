namespace MigrationLint.Core.Analysis;

/// <summary>
/// Items of a sequence made in order on the other cores while one consumer takes them one by one
/// (making any it reaches first itself): a sequential replay starts on the first script instead of
/// waiting for the whole folder to be read and parsed. The workers stay at most
/// <c>distance</c> items ahead of the consumer, and the consumer lets go of each item it
/// takes, so memory follows that distance, not the length of the sequence.
/// </summary>
internal sealed class ReadAhead<T> : IDisposable
{
    /// <summary>Stands in an item's place once the consumer has taken it, so no late worker makes it again.</summary>
    private static readonly Cell Taken = new(static _ => default!, -1);

    /// <summary>Cells exist only between the consumer and the workers: a long sequence costs a null slot per item, not an object.</summary>
    private readonly Cell?[] _items;
    private readonly Func<int, T> _make;
    private readonly SemaphoreSlim _room;
    private readonly int _workers;
    private int _ahead = -1;
    private int _stopped;

    public ReadAhead(int count, Func<int, T> make, int distance)
    {
        _items = new Cell?[count];
        _make = make;

        _room = new SemaphoreSlim(distance);
        _workers = count == 0 ? 0 : Math.Min(Environment.ProcessorCount, count);
        for (var worker = 0; worker < _workers; worker++)
        {
            // Waiting for room asynchronously keeps pool threads free for the other folders' replays.
            _ = Task.Run(Work);
        }
    }

    /// <summary>Item <paramref name="index"/>, taken once, in order; made here if no worker has yet.</summary>
    public T Take(int index)
    {
        var item = CellAt(index);
        if (ReferenceEquals(item, Taken))
        {
            throw new InvalidOperationException($"item {index} was already taken");
        }

        // While a worker is still making it, make the next item nobody has claimed rather than wait
        // idle: the consumer's core does this sequence's work instead of a futex round trip.
        while (item.IsBeingMade && TryMakeNext())
        {
        }

        Volatile.Write(ref _items[index], Taken);
        _room.Release();
        return item.Value;
    }

    /// <summary>Makes the next unclaimed item if there is room ahead for one; false when there is not.</summary>
    private bool TryMakeNext()
    {
        if (Volatile.Read(ref _stopped) != 0 || !_room.Wait(0))
        {
            return false;
        }

        var next = Interlocked.Increment(ref _ahead);
        if (next >= _items.Length)
        {
            _room.Release();
            return false;
        }

        // Later than any item taken so far, so never Taken: made here, or being made, or made already.
        CellAt(next).Make();
        return true;
    }

    /// <summary>Workers waiting for room find the consumer gone and stop.</summary>
    public void Dispose()
    {
        Volatile.Write(ref _stopped, 1);
        if (_workers > 0)
        {
            _room.Release(_workers);
        }
    }

    private async Task Work()
    {
        for (int i; (i = Interlocked.Increment(ref _ahead)) < _items.Length;)
        {
            await _room.WaitAsync().ConfigureAwait(false);
            if (Volatile.Read(ref _stopped) != 0)
            {
                return;
            }

            if (CellAt(i) is var cell && !ReferenceEquals(cell, Taken))
            {
                cell.Make();
            }
        }
    }

    /// <summary>The cell of item <paramref name="index"/>, made by whichever of the consumer and a worker asks first.</summary>
    private Cell CellAt(int index) =>
        Volatile.Read(ref _items[index]) ?? Interlocked.CompareExchange(ref _items[index], new Cell(_make, index), null) ?? _items[index]!;

    /// <summary>
    /// One item, made once by whoever gets to it first; a failure is kept and thrown to the consumer.
    /// A consumer that reaches an item a worker is still making, and finds nothing else to make
    /// meanwhile (<see cref="Take"/>), sleeps until it is done rather than spinning: with as many busy
    /// threads as cores, a spinning consumer takes its core from the very worker it waits for (a
    /// lock's spin-wait cost thousands of sched_yield calls on the corpus).
    /// </summary>
    private sealed class Cell(Func<int, T> make, int index)
    {
        private const int NotStarted = 0, Making = 1, Done = 2;
        private int _state;
        private T _value = default!;
        private Exception? _failure;

        public T Value
        {
            get
            {
                Make();
                if (Volatile.Read(ref _state) != Done)
                {
                    lock (this)
                    {
                        while (Volatile.Read(ref _state) != Done)
                        {
                            Monitor.Wait(this);
                        }
                    }
                }

                if (_failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
                }

                return _value;
            }
        }

        /// <summary>Someone else has started on the item and not finished it.</summary>
        public bool IsBeingMade => Volatile.Read(ref _state) == Making;

        /// <summary>Makes the item unless someone already is or has.</summary>
        public void Make()
        {
            if (Interlocked.CompareExchange(ref _state, Making, NotStarted) != NotStarted)
            {
                return;
            }

            try
            {
                _value = make(index);
            }
            catch (Exception failure)
            {
                _failure = failure;
            }

            // Set under the lock a waiting consumer checks it under, so its wake-up cannot be lost.
            lock (this)
            {
                Volatile.Write(ref _state, Done);
                Monitor.PulseAll(this);
            }
        }
    }
}
