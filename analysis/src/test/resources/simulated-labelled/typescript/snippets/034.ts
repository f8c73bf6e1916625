async function handleNetInfo(client: any) {
  try {
    console.error('[MCP] Fetching network information...');
    
    const blockNumber = await client.getBlockNumber();
    const chainIdHex = await client.request({
      method: 'eth_chainId',
    }) as string;
    const chainId = parseInt(chainIdHex, 16).toString();

    console.error('[MCP] Network info retrieved successfully');
    
    return {
      chainId,
      latestBlockNumber: blockNumber.toString(),
    };
  } catch (error) {
    console.error('[MCP] Failed to get network info:', error);
    throw new Error(`Failed to retrieve network information: ${error instanceof Error ? error.message : 'Unknown error'}`);
  }
}
