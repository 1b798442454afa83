using MigrationLint.Core.Analysis;
using NUnit.Framework;

namespace MigrationLint.Core.Tests;

public sealed class ReadAheadTests
{
    [Test]
    public void Every_item_is_made_once_and_taken_in_order()
    {
        const int count = 5000;
        var made = new int[count];
        using var items = new ReadAhead<int>(count, i =>
        {
            Interlocked.Increment(ref made[i]);
            // Uneven work, so the consumer often reaches an item a worker is still making.
            Thread.SpinWait(i % 7 == 0 ? 2000 : 10);
            return i * 2;
        }, 16);

        var taken = Enumerable.Range(0, count).Select(items.Take).ToList();

        Assert.That(taken, Is.EqualTo(Enumerable.Range(0, count).Select(i => i * 2)));
        Assert.That(made, Is.All.EqualTo(1));
    }

    [Test]
    public void A_consumer_waiting_for_an_item_a_worker_is_making_makes_later_ones_meanwhile()
    {
        var consumer = Environment.CurrentManagedThreadId;
        using var firstClaimed = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var madeByConsumer = 0;
        var count = Environment.ProcessorCount + 4;
        // Workers hold their items until the consumer has made one itself: without that help the
        // consumer would sit waiting for item 0 and the release would come only from the timeout.
        using var items = new ReadAhead<string>(count, i =>
        {
            if (Environment.CurrentManagedThreadId == consumer)
            {
                Interlocked.Increment(ref madeByConsumer);
            }
            else
            {
                if (i == 0)
                {
                    firstClaimed.Set();
                }

                release.Wait(TimeSpan.FromSeconds(10));
            }

            return $"item {i}";
        }, 2 * count); // Room beyond the items the workers hold, however many cores there are.
        Assert.That(firstClaimed.Wait(TimeSpan.FromSeconds(10)), "no worker started item 0");
        var helpedWhileWaiting = Task.Run(() =>
        {
            var helped = SpinWait.SpinUntil(() => Volatile.Read(ref madeByConsumer) > 0, TimeSpan.FromSeconds(10));
            release.Set();
            return helped;
        });

        var taken = Enumerable.Range(0, count).Select(items.Take).ToList();

        Assert.That(helpedWhileWaiting.Result, Is.True, "the consumer made nothing while item 0 was being made");
        Assert.That(taken, Is.EqualTo(Enumerable.Range(0, count).Select(i => $"item {i}")));
    }

    [Test]
    public void A_failure_reaches_the_consumer_at_its_item_and_the_others_still_arrive()
    {
        using var items = new ReadAhead<int>(10, i => i == 3 ? throw new InvalidOperationException("item 3 is broken") : i, 4);

        Assert.That(Enumerable.Range(0, 3).Select(items.Take), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(() => items.Take(3), Throws.InvalidOperationException.With.Message.EqualTo("item 3 is broken"));
        Assert.That(Enumerable.Range(4, 6).Select(items.Take), Is.EqualTo(Enumerable.Range(4, 6)));
    }

    [Test]
    public void An_item_is_taken_only_once()
    {
        using var items = new ReadAhead<int>(2, i => i, 2);

        items.Take(0);

        Assert.That(() => items.Take(0), Throws.InvalidOperationException);
    }
}
