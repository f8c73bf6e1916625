function addMessage({ me, text }) {
  const id = Math.random().toString(36).slice(2);
  const elMsg = document.createElement('div');
  elMsg.className = 'msg';
  elMsg.innerHTML = `
    <div class="avatar" aria-hidden="true"></div>
    <div class="bubble ${me ? 'me' : ''}">${text}</div>
  `;
  timeline.appendChild(elMsg);
  timeline.scrollTop = timeline.scrollHeight;
  const t = Date.now();
  demoMessages.push({ id, me, text, t });
  applyEnergyToUI(computeEnergy(demoMessages));
  // learn local style
  PRED.learn(text);
  renderPredictiveTags();
}
