using Regie.Core.Results;
using Regie.Workplace.Pulse.Instrument;

namespace Regie.Workplace.Pulse;

/// <summary>What the answer page shows for a valid, unused link in an open wave.</summary>
public sealed record BallotForm(string OrganisationName, string SystemName, IReadOnlyList<PulseDimension> Dimensions);

/// <summary>The link cannot be used; <see cref="Outcome"/> says why, so the page can say it plainly.</summary>
public sealed record BallotUnavailable(BallotOutcome Outcome) : NotFoundError($"This link cannot be used ({Outcome}).");

/// <summary>
/// Answering the pulse through an anonymous link: no account, no identity, one response per link. Nothing about the
/// person, their device or the time of answering is stored with the response.
/// </summary>
public sealed class PulseAnswering(IPulseVault vault)
{
    public async Task<Result<BallotForm>> OpenAsync(string? token, CancellationToken ct)
    {
        if (!PulseToken.IsWellFormed(token) || await vault.FindAsync(PulseToken.Hash(token!), ct) is not { } ballot)
        {
            return new BallotUnavailable(BallotOutcome.UnknownLink);
        }

        return ballot switch
        {
            { Used: true } => new BallotUnavailable(BallotOutcome.AlreadyUsed),
            { Open: false } => new BallotUnavailable(BallotOutcome.WaveNotOpen),
            _ => new BallotForm(ballot.Box.OrganisationName, ballot.Box.SystemName, InstrumentFile.Current.DimensionsFor(ballot.Box.Baseline)),
        };
    }

    /// <summary>Checks that every question of the wave has an answer on its scale, then hands the answers in.</summary>
    public async Task<Result<BallotOutcome>> SubmitAsync(string? token, IReadOnlyDictionary<string, int?> answers, CancellationToken ct)
    {
        var form = await OpenAsync(token, ct);
        if (!form.TryGetValue(out var ballot))
        {
            return form.Error!; // not a success, so the error is set
        }

        var check = new Validation();
        var clean = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var dimension in ballot.Dimensions)
        {
            foreach (var item in dimension.Items)
            {
                if (answers.GetValueOrDefault(item.Code) is { } value && value >= dimension.Scale.Min && value <= dimension.Scale.Max)
                {
                    clean[item.Code] = value;
                }
                else
                {
                    check.Add(item.Code, "Choose an answer.");
                }
            }
        }

        if (!check.IsValid)
        {
            return check.ToError();
        }

        var outcome = await vault.SubmitAsync(PulseToken.Hash(token!), clean, ct); // well-formed: OpenAsync succeeded
        return outcome == BallotOutcome.Counted ? outcome : new BallotUnavailable(outcome);
    }
}
