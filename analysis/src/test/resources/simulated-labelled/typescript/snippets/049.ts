export async function runTool(name: string, args: any): Promise<ToolResult> {
  try {
    switch (name) {
      case "marketplace_search": {
        const res = await fetch(`${process.env.API_BASE_URL}/marketplace/search?q=${encodeURIComponent(args.query)}`);
        const json = await res.json();
        return { name, success: true, output: json };
      }
      case "get_profile": {
        const res = await fetch(`${process.env.API_BASE_URL}/users/${args.userId}`);
        return { name, success: res.ok, output: await res.json() };
      }
      // add more tool mappings
      default:
        return { name, success: false, output: `Unknown tool ${name}` };
    }
  } catch (err:any) {
    return { name, success: false, output: err.message };
  }
}
