"""A villager's concern: the visit that brings it, the seven-step workflow and six handling
rules, its page, finding it, paper ledgers, and the suggestion box and appointments."""
