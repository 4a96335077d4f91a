using YamlDotNet.Serialization;

namespace Regie.Web.Scenarios;

/// <summary>
/// A scenario's canonical JSON written as block YAML, the form of the shipped presets, for the "download as YAML"
/// link. JSON is YAML's flow syntax, so the JSON is read as YAML and written out again in block style;
/// <see cref="Monitor.Scenarios.Spec.ScenarioReader"/> reads the result back to the same scenario.
/// </summary>
internal static class ScenarioYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();

    private static readonly ISerializer Writer = new SerializerBuilder().Build();

    public static string FromJson(string json) => Writer.Serialize(Reader.Deserialize<object>(json));
}
