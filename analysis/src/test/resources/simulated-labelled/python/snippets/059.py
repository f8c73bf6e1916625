class Gap6CrystallizationOrchestrator:
    def _execute_research(self, capsule: Capsule, vector: str, model: str) -> Tuple[str, float, int]:
        """Execute research for a cycle (simulated - real impl would call LLM)."""
        pass_events = 0

        # Simulate potential PASS event (10% chance)
        import random
        if random.random() < 0.1:
            # Create a PASS response
            need = Need(
                type=NeedType.KNOWLEDGE,
                id=f"{vector}_theorem_{random.randint(1,100)}",
                description=f"Need additional theorem for {vector} derivation"
            )
            pass_response = PassResponse(
                needs=[need],
                partial_work=f"Computed initial {vector} structure",
                resume_hint="Continue after theorem resolution"
            )
            capsule = self.pass_orchestrator.handle_pass(capsule, pass_response)
            pass_events += 1

            # Create resolver agent
            agent_result = self.skill_manager.create_agent_for_need(need, capsule.agent_id)
            if agent_result.get("success"):
                print(f"  [PASS] Created resolver agent for: {need.id}")

        # Generate content (placeholder - real impl would use LLM)
        vector_info = GAP6_VECTORS[vector]
        content = f"""
## {vector_info['name']} Analysis

### Objective
{vector_info['target']}

### Approach
This cycle focuses on advancing the {vector} attack vector for Gap 6 closure.
The key insight is that rank $r > 1$ can be understood as virtual dimension
in the derived category framework.

### Progress
- Identified key structural properties
- Advanced comparison morphism construction
- Documented blocking issues for next cycle

### Mathematical Content
For elliptic curve $E/\\mathbb{{Q}}$ with rank $r \\geq 2$:
$$\\text{{ord}}_{{s=1}} L(E,s) = \\dim_{{\\mathbb{{Q}}_p}} \\text{{Im}}(\\varphi)$$
where $\\varphi$ is the comparison morphism from the Selmer complex.
"""

        # Calculate rigor score (simulated)
        base_rigor = 0.75 + (self.gap_state.total_progress * 0.15)
        rigor = min(0.95, base_rigor + random.uniform(-0.02, 0.05))

        return content, rigor, pass_events
