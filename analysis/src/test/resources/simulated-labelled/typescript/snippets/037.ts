async function handleGetTransactionHistory(
  client: any,
  args: { address: string; fromBlock?: string; toBlock?: string; limit?: number; includeTokenTransfers?: boolean }
) {
  const { address, fromBlock, toBlock, limit, includeTokenTransfers } = args;
  
  try {
    console.error('[MCP] Fetching transaction history...');
    
    const { formatEther } = await import('viem');
    
    // Determine block range
    const fromBlockNum = fromBlock === 'latest' ? 'latest' : BigInt(fromBlock || '0x0');
    const toBlockNum = toBlock === 'latest' ? 'latest' : BigInt(toBlock || 'latest');
    
    // Get the latest block number for reference
    const latestBlock = await client.getBlockNumber();
    
    // Calculate actual block range
    const actualToBlock = toBlockNum === 'latest' ? latestBlock : toBlockNum;
    const actualFromBlock = fromBlockNum === 'latest' ? latestBlock : fromBlockNum;
    
    console.error(`[MCP] Scanning blocks ${actualFromBlock} to ${actualToBlock}`);
    
    const transactions: any[] = [];
    const maxLimit = limit || 10;
    
    // Scan blocks for transactions involving this address
    // Note: This is a simplified implementation. In production, you'd use an indexer or block explorer API
    let currentBlock = actualToBlock;
    let scannedBlocks = 0;
    const maxBlocksToScan = 1000; // Prevent infinite loops
    
    while (transactions.length < maxLimit && currentBlock >= actualFromBlock && scannedBlocks < maxBlocksToScan) {
      try {
        const block = await client.getBlock({
          blockNumber: currentBlock,
          includeTransactions: true,
        });
        
        if (block && block.transactions) {
          for (const tx of block.transactions) {
            if (transactions.length >= maxLimit) break;
            
            // Check if transaction involves the address
            if (typeof tx === 'object' && tx !== null) {
              const from = (tx as any).from?.toLowerCase();
              const to = (tx as any).to?.toLowerCase();
              const targetAddress = address.toLowerCase();
              
              if (from === targetAddress || to === targetAddress) {
                const txData = {
                  hash: (tx as any).hash,
                  from: (tx as any).from,
                  to: (tx as any).to,
                  value: (tx as any).value?.toString() || '0',
                  valueInBDAG: formatEther((tx as any).value || BigInt(0)),
                  blockNumber: block.number?.toString(),
                  blockHash: block.hash,
                  timestamp: block.timestamp?.toString(),
                  gasPrice: (tx as any).gasPrice?.toString() || '0',
                  gas: (tx as any).gas?.toString() || '0',
                  nonce: (tx as any).nonce,
                  type: from === targetAddress ? 'sent' : 'received',
                };
                
                transactions.push(txData);
              }
            }
          }
        }
        
        currentBlock = currentBlock - BigInt(1);
        scannedBlocks++;
      } catch (blockError) {
        console.error(`[MCP] Error scanning block ${currentBlock}:`, blockError);
        break;
      }
    }
    
    // Optionally include token transfers
    let tokenTransfers: any[] = [];
    if (includeTokenTransfers) {
      try {
        console.error('[MCP] Fetching token transfers...');
        
        // ERC20 Transfer event signature: Transfer(address,address,uint256)
        const transferEventTopic = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';
        
        // Get logs for ERC20 transfers
        // Fix: Use original fromBlock/toBlock values to maintain dynamic behavior with 'latest'
        const logs = await client.getLogs({
          fromBlock: fromBlock || '0x0',
          toBlock: toBlock || 'latest',
          topics: [
            transferEventTopic,
            // Filter for transfers from or to the address
          ],
        });
        
        // Filter logs involving the target address
        for (const log of logs) {
          if (tokenTransfers.length >= maxLimit) break;
          
          const topics = log.topics;
          if (topics && topics.length >= 3) {
            // Extract from and to addresses from topics
            const fromTopic = topics[1]?.toLowerCase();
            const toTopic = topics[2]?.toLowerCase();
            const targetPadded = '0x' + address.slice(2).toLowerCase().padStart(64, '0');
            
            if (fromTopic === targetPadded || toTopic === targetPadded) {
              tokenTransfers.push({
                transactionHash: log.transactionHash,
                address: log.address,
                blockNumber: log.blockNumber?.toString(),
                from: fromTopic,
                to: toTopic,
                value: log.data,
                logIndex: log.logIndex,
              });
            }
          }
        }
        
        console.error(`[MCP] Found ${tokenTransfers.length} token transfers`);
      } catch (tokenError) {
        console.error('[MCP] Error fetching token transfers:', tokenError);
        // Continue without token transfers
      }
    }
    
    console.error(`[MCP] Transaction history retrieved successfully: ${transactions.length} transactions`);
    
    return {
      address,
      fromBlock: actualFromBlock.toString(),
      toBlock: actualToBlock.toString(),
      totalTransactions: transactions.length,
      transactions,
      ...(includeTokenTransfers && { tokenTransfers, totalTokenTransfers: tokenTransfers.length }),
      note: 'This is a simplified implementation. For production use, consider using a block explorer API or indexer for better performance.',
    };
  } catch (error) {
    console.error('[MCP] Failed to get transaction history:', error);
    throw new Error(`Failed to retrieve transaction history: ${error instanceof Error ? error.message : 'Unknown error'}`);
  }
}
