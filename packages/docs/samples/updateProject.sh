curl -X PATCH "https://api.identitycall.ai/api/v1/public/projects/42" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "description": "Inbound English-language support line.",
    "retention_days": 730,
    "quality_baseline_enabled": true,
    "quality_baseline_pct": 80
  }'
