curl -X POST "https://api.identitycall.ai/api/v1/public/projects" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Customer Support EN",
    "language": "en"
  }'
