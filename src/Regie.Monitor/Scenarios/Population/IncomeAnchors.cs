namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// National income and wealth figures that anchor the assumptions where no microdata exist, and the gross-side
/// sanity checks (euros per household per year).
/// </summary>
/// <param name="MeanPrimaryIncome">Mean primary income of private households (83932NED): labour incl. employers' contributions, enterprise, property.</param>
/// <param name="MeanGrossIncome">Mean gross income of private households (83932NED).</param>
/// <param name="WealthMean">Mean wealth of private households (84476NED, latest national year).</param>
/// <param name="WealthMedian">Median wealth of private households (84476NED, same year).</param>
/// <param name="DisposableIncomeGini">Gini of standardised disposable income (84476NED, same year), for the engine's checks.</param>
/// <param name="StandardisedMean">Mean standardised disposable income per household (83932NED, same year as the primary income), for the engine's checks.</param>
/// <param name="StandardisedMedian">Median standardised disposable income per household (83932NED), for the engine's checks.</param>
public sealed record IncomeAnchors(
    Figure MeanPrimaryIncome,
    Figure MeanGrossIncome,
    Figure WealthMean,
    Figure WealthMedian,
    Figure DisposableIncomeGini,
    Figure StandardisedMean,
    Figure StandardisedMedian);
