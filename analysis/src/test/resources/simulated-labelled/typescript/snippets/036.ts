async function handleGetBlock(client: any, args: { tag: string }) {
  const { tag } = args;
  
  let blockTag: string | bigint;
  
  if (tag === 'latest') {
    blockTag = 'latest';
  } else if (tag.startsWith('0x')) {
    blockTag = tag;
  } else {
    const blockNumber = parseInt(tag, 10);
    if (isNaN(blockNumber)) {
      throw new Error('Invalid block tag format. Use "latest", hex (0x...), or decimal number');
    }
    blockTag = BigInt(blockNumber);
  }

  const block = await client.getBlock({ blockTag: blockTag as any });
  return block;
}
