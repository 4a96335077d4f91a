using System.Net;

using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

/// <summary>A member of one organisation finds nothing of another: every page answers 404, reading or posting.</summary>
[Collection(WorkplacePagesCollection.Name)]
public sealed class OrganisationIsolationTests(AccountHost host)
{
    public static TheoryData<string> Pages =>
    [
        "",
        "/instellingen",
        "/structuur",
        "/functies",
        "/functies/nieuw",
        "/functies/nieuw?isco=4110",
        "/mensen",
        "/mensen/uitnodigen",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_member_of_organisation_A_gets_404_for_the_pages_of_organisation_B(string page)
    {
        using var ownerOfA = host.Browser();
        await ownerOfA.SignUpAsync();
        var a = await ownerOfA.CreateOrganisationAsync("Organisatie A");
        using var ownerOfB = host.Browser();
        await ownerOfB.SignUpAsync();
        var b = await ownerOfB.CreateOrganisationAsync("Organisatie B");

        using var own = await ownerOfA.GetAsync($"/werkplek/{a}{page}");
        using var other = await ownerOfA.GetAsync($"/werkplek/{b}{page}");
        var body = await AccountClient.ReadAsync(other);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Organisatie B", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_to_another_organisations_page_is_404_and_changes_nothing()
    {
        using var ownerOfA = host.Browser();
        await ownerOfA.SignUpAsync();
        var a = await ownerOfA.CreateOrganisationAsync("Organisatie A");
        using var ownerOfB = host.Browser();
        await ownerOfB.SignUpAsync();
        var b = await ownerOfB.CreateOrganisationAsync("Organisatie B");

        using var response = await ownerOfA.PostWithTokenFromAsync($"/werkplek/{a}/structuur", $"/werkplek/{b}/structuur", "add-unit",
            new Dictionary<string, string> { ["Input.Name"] = "Ingeslopen" });
        var structureOfB = await ownerOfB.GetStringAsync($"/werkplek/{b}/structuur");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Ingeslopen", structureOfB, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_profile_of_another_organisation_is_not_found_inside_ones_own()
    {
        using var ownerOfA = host.Browser();
        await ownerOfA.SignUpAsync();
        var a = await ownerOfA.CreateOrganisationAsync("Organisatie A");
        using var ownerOfB = host.Browser();
        await ownerOfB.SignUpAsync();
        var b = await ownerOfB.CreateOrganisationAsync("Organisatie B");
        using var created = await ownerOfB.SubmitAsync($"/werkplek/{b}/functies/nieuw?isco=4110", "new-job-profile",
            new Dictionary<string, string> { ["Input.Title"] = "Geheime functie", ["Input.IscoCode"] = "4110" });
        var profileId = created.Target().Split('/')[^1];

        using var response = await ownerOfA.GetAsync($"/werkplek/{a}/functies/{profileId}");
        var body = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Functie niet gevonden", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheime functie", body, StringComparison.Ordinal);
    }
}
