using BlazorSharedState.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSharedStateApp();

var app = builder.Build();
app.UseSharedStateApp();
app.Run();

/// <summary>The app's entry point; public so test hosts can start it.</summary>
public partial class Program;
