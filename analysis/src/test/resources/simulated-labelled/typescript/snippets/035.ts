async function handleGetBalance(client: any, args: { address: string }) {
  const { address } = args;
  const { formatEther } = await import('viem');
  
  const balanceWei = await client.getBalance({ address: address as `0x${string}` });
  const balanceBdag = formatEther(balanceWei);

  return {
    address,
    wei: balanceWei.toString(),
    bdag: balanceBdag,
  };
}
